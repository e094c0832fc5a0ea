"""Uploaded participant files for import tests (CSV text or an Excel workbook built in memory)."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook


def csv_file(text, name="participants.csv", encoding="utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def xlsx_file(rows, name="participants.xlsx"):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())
