"""Importing people from a CSV or XLSX file: preview row by row, then save all or nothing.

One service for every list people are imported into (a ToT cohort, an event): the file, the
row-by-row report and the all-or-nothing confirmation are the same; an `ImportTarget` says how to
check one person, who is already registered, and how to save them.
"""

import csv
import io
import json
import re
import zipfile
from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

from django.db import IntegrityError, transaction
from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from website.core.encryption import decrypt, encrypt

MAX_ROWS = 2000
MAX_BYTES = 2 * 1024 * 1024
XLSX_SIGNATURE = b"PK\x03\x04"

HEADER_ALIASES = {
    "name": {
        "name", "fullname", "pseudonym", "nameorpseudonym",
        "имя", "фио", "псевдоним", "имяилипсевдоним",
        "аты", "атыжөнү", "толукаты", "атыжепсевдоним",
    },
    "email": {
        "email", "mail", "emailaddress",
        "почта", "электроннаяпочта", "элпочта", "эпочта", "emailадрес",
        "электрондукпочта", "электрондукдарек",
    },
    "phone": {
        "phone", "phonenumber", "mobile", "tel", "telephone",
        "телефон", "тел", "номертелефона", "мобильный",
        "телефону", "телефонномери",
    },
}  # fmt: skip


class ImportFileError(Exception):
    """The file itself cannot be read as a participant list; `message` says why (translated)."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class InvalidRow(Exception):
    """One person's details cannot be saved; `reason` is a translated message."""

    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


class ImportRejected(Exception):
    """The rows do not all pass the checks, so nothing was saved."""

    def __init__(self, report):
        super().__init__("The import has invalid rows; nothing was saved.")
        self.report = report


class RowStatus(TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    DUPLICATE = "duplicate", _("Duplicate (skipped)")
    INVALID = "invalid", _("Invalid")


@dataclass
class RowResult:
    number: int
    name: str
    email: str
    phone: str
    status: str
    reason: str = ""
    note: str = ""
    details: object = None

    def get_status_display(self):
        return RowStatus(self.status).label


@dataclass
class ImportReport:
    rows: list

    def with_status(self, status):
        return [row for row in self.rows if row.status == status]

    @property
    def accepted(self):
        return self.with_status(RowStatus.ACCEPTED)

    @property
    def duplicates(self):
        return self.with_status(RowStatus.DUPLICATE)

    @property
    def invalid(self):
        return self.with_status(RowStatus.INVALID)

    @property
    def can_confirm(self):
        """A file can be saved only when no row is invalid and at least one row is new."""
        return not self.invalid and bool(self.accepted)

    @property
    def note_counts(self):
        """(note, how many accepted rows carry it), e.g. how many get a seat and how many will wait."""
        return list(Counter(str(row.note) for row in self.accepted if row.note).items())


class ImportTarget(ABC):
    """What a participant file is imported into (a cohort, an event)."""

    duplicate_reason = _("Already registered.")

    @abstractmethod
    def clean(self, name, email, phone):
        """The row's details, normalised, with a `contacts()` method; InvalidRow when they cannot be saved."""

    @abstractmethod
    def registered_contacts(self):
        """The contacts (as `contacts()` gives them) of everyone already registered."""

    @abstractmethod
    def lock(self):
        """Keep anyone else from changing the registrations until the transaction ends."""

    @abstractmethod
    def add(self, details_list):
        """Save every accepted person; InvalidRow or IntegrityError rejects the whole file."""

    def place(self, accepted):  # noqa: B027 (optional: most targets have nothing to add)
        """Note where each accepted row will go (or mark it invalid); nothing to say by default."""


def read_participant_file(uploaded):
    """The data rows of an uploaded CSV/XLSX file as dicts (number, name, email, phone), or ImportFileError."""
    if uploaded.size > MAX_BYTES:
        raise ImportFileError(_("The file is larger than 2 MB. Split it into smaller files."))
    content = uploaded.read()
    if not content.strip():
        raise ImportFileError(_("The file is empty."))
    name = (uploaded.name or "").lower()
    if name.endswith(".xlsx") and content.startswith(XLSX_SIGNATURE):
        table = xlsx_rows(content)
    elif name.endswith(".csv") and not content.startswith(XLSX_SIGNATURE):
        table = csv_rows(content)
    else:
        raise ImportFileError(_("Upload a CSV or an Excel (.xlsx) file."))
    return rows_from_table(table)


def csv_rows(content):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The CSV file is not in UTF-8. Save it as “CSV UTF-8” and upload it again.")
        ) from error
    if "\x00" in text:
        raise ImportFileError(_("Upload a CSV or an Excel (.xlsx) file."))
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def xlsx_rows(content):
    """The first sheet's rows; read lazily, so a huge sheet stops at the row limit."""
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        yield from workbook.worksheets[0].iter_rows(values_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        ParseError,
        KeyError,
        IndexError,
        ValueError,
        OSError,
    ) as error:
        raise ImportFileError(
            _("The Excel file cannot be read. Save it again as .xlsx and retry.")
        ) from error


def cell_text(value):
    """A cell as text; Excel stores phone numbers as numbers (996555123456.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def header_key(cell):
    return re.sub(r"[\s_\-.:*()]+", "", cell_text(cell).lower())


def column_positions(header):
    """Where the name, email and phone columns are, whatever language the header row is in."""
    positions = {}
    for index, cell in enumerate(header):
        key = header_key(cell)
        for column, aliases in HEADER_ALIASES.items():
            if key in aliases and column not in positions:
                positions[column] = index
    if "name" not in positions or not ({"email", "phone"} & positions.keys()):
        raise ImportFileError(
            _("The first row must name the columns: a name column and an email or a phone column.")
        )
    return positions


def rows_from_table(table):
    rows = []
    positions = None
    try:
        for number, cells in enumerate(table, start=1):
            cells = [cell_text(cell) for cell in cells]
            if not any(cells):
                continue
            if positions is None:
                positions = column_positions(cells)
                continue
            if len(rows) == MAX_ROWS:
                raise ImportFileError(_("The file has more than 2,000 rows. Split it into smaller files."))
            rows.append({"number": number, **{column: value_at(cells, i) for column, i in positions.items()}})
    except csv.Error as error:
        raise ImportFileError(_("The CSV file cannot be read. Check its quotes and separators.")) from error
    if not rows:
        raise ImportFileError(_("The file has no participants: only a header row or nothing at all."))
    return rows


def value_at(cells, index):
    return cells[index] if index < len(cells) else ""


def check_rows(target, rows):
    """Sort each row into accepted, duplicate (already registered or earlier in the file) or invalid."""
    registered = target.registered_contacts()
    seen = {}
    results = []
    for row in rows:
        result = RowResult(
            number=row["number"],
            name=row.get("name", ""),
            email=row.get("email", ""),
            phone=row.get("phone", ""),
            status=RowStatus.ACCEPTED,
        )
        try:
            result.details = target.clean(result.name, result.email, result.phone)
        except InvalidRow as error:
            result.status, result.reason = RowStatus.INVALID, error.reason
            results.append(result)
            continue
        contacts = result.details.contacts()
        earlier = next((seen[key] for key in contacts if key in seen), None)
        if registered.intersection(contacts):
            result.status = RowStatus.DUPLICATE
            result.reason = target.duplicate_reason
        elif earlier is not None:
            result.status = RowStatus.DUPLICATE
            result.reason = _("Same email or phone as row %(row)s.") % {"row": earlier}
        for key in contacts:
            seen.setdefault(key, result.number)
        results.append(result)
    target.place([result for result in results if result.status == RowStatus.ACCEPTED])
    return ImportReport(results)


def confirm_import(target, rows):
    """Check the rows again under the target's lock and save every accepted one, or raise ImportRejected."""
    with transaction.atomic():
        target.lock()
        report = check_rows(target, rows)
        if not report.can_confirm:
            raise ImportRejected(report)
        try:
            return target.add([row.details for row in report.accepted])
        except (IntegrityError, InvalidRow) as error:
            raise ImportRejected(report) from error


def preview_token(rows):
    """The parsed rows, encrypted, to keep between the preview and the confirmation."""
    return encrypt(json.dumps(rows))


def rows_from_preview(token):
    return json.loads(decrypt(token))
