"""Downloads of tables as CSV (UTF-8 with a byte order mark, for Excel) or XLSX, never as formulas."""

import csv
import io
import re

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from website.core.audit import record

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PHONE_NUMBER = re.compile(r"\+\d+")


def spreadsheet_safe(value):
    """Text a spreadsheet will not run as a formula (a phone number in +996… form is left as it is)."""
    if value[:1] in FORMULA_STARTS and not PHONE_NUMBER.fullmatch(value):
        return f"'{value}"
    return value


def attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_download(filename, rows):
    """Rows (header first) as a CSV download."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerows(
        [spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in row] for row in rows
    )
    return attachment(out.getvalue(), "text/csv; charset=utf-8", filename)


def text_cell(sheet, value):
    """A cell that holds text as text, even when it starts with '=' (openpyxl would store a formula)."""
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def xlsx_download(filename, rows):
    """Rows (header first) as an Excel workbook download."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for row in rows:
        sheet.append([text_cell(sheet, cell) for cell in row])
    out = io.BytesIO()
    workbook.save(out)
    return attachment(out.getvalue(), XLSX_CONTENT_TYPE, filename)


DOWNLOADS = {"csv": csv_download, "xlsx": xlsx_download}


def audited_download(user, action, obj, rows, *, counted, file_format, filename):
    """Rows of personal data (header first) as a download, with the audit entry every export leaves: how
    many `counted` (registrations, participants) and in which format, never the values."""
    record(user, action, obj, detail=f"{len(rows) - 1} {counted}, {file_format.upper()}")
    return DOWNLOADS[file_format](f"{filename}.{file_format}", rows)
