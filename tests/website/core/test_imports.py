"""The shared participant import: reading CSV/XLSX files and keeping the preview between requests.

Checking and saving rows for a target are tested with real targets: tests/learning/services/test_imports.py
(cohorts) and tests/events/services/test_organisers.py (events).
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.uploads import csv_file, xlsx_file
from website.core.imports import (
    MAX_ROWS,
    ImportFileError,
    preview_token,
    read_participant_file,
    rows_from_preview,
)


def test_russian_headers_semicolons_and_a_byte_order_mark():
    text = "\ufeffИмя;Электронная почта;Телефон\nАйгуль;aigul@example.org;0555 123 456\n"

    rows = read_participant_file(csv_file(text))

    assert rows == [{"number": 2, "name": "Айгуль", "email": "aigul@example.org", "phone": "0555 123 456"}]


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("list.pdf", b"%PDF-1.4 ..."), "Upload a CSV or an Excel (.xlsx) file."),
        (SimpleUploadedFile("list.csv", b"PK\x03\x04 zipped"), "Upload a CSV or an Excel (.xlsx) file."),
        (SimpleUploadedFile("list.xlsx", b"PK\x03\x04 broken"), "The Excel file cannot be read."),
        (SimpleUploadedFile("list.csv", b""), "The file is empty."),
        (SimpleUploadedFile("list.csv", "имя\nАйгуль\n".encode("cp1251")), "is not in UTF-8"),
        (SimpleUploadedFile("list.csv", b"name,email\n"), "The file has no participants"),
        (SimpleUploadedFile("list.csv", b"who,where\nAida,Osh\n"), "a name column and an email or a phone"),
        (SimpleUploadedFile("list.csv", b"x" * (2 * 1024 * 1024 + 1)), "larger than 2 MB"),
    ],
)
def test_files_that_are_not_participant_lists_get_a_clear_message(upload, message):
    with pytest.raises(ImportFileError) as error:
        read_participant_file(upload)

    assert message in str(error.value.message)


def test_too_many_rows_are_refused():
    text = "name,email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(MAX_ROWS + 1))

    with pytest.raises(ImportFileError, match="more than 2,000 rows"):
        read_participant_file(csv_file(text))


def test_the_preview_kept_between_requests_is_encrypted():
    rows = [{"number": 2, "name": "Aida", "email": "aida@example.org", "phone": "+996555123456"}]

    token = preview_token(rows)

    assert "aida" not in token and "555123456" not in token
    assert rows_from_preview(token) == rows


def test_kyrgyz_headers_in_an_excel_file_with_numeric_phones_and_blank_rows():
    upload = xlsx_file([["Аты", "Телефону", "Email"], ["Үмүт Төлөгөнова", 996555123456, None], [None, None]])

    rows = read_participant_file(upload)

    assert rows == [{"number": 2, "name": "Үмүт Төлөгөнова", "phone": "996555123456", "email": ""}]
