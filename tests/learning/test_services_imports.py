import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from learning.factories import CohortFactory, ParticipantFactory
from learning.models import Participant
from learning.services.imports import (
    MAX_ROWS,
    ImportFileError,
    ImportRejected,
    RowStatus,
    check_rows,
    confirm_import,
    preview_token,
    read_participant_file,
    rows_from_preview,
)


def csv_file(text, name="participants.csv", encoding="utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def xlsx_file(rows, name="participants.xlsx"):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.fixture
def cohort(db):
    return CohortFactory()


def statuses(report):
    return [(row.number, row.status) for row in report.rows]


def test_a_clean_csv_is_previewed_then_saved_in_full(cohort, django_capture_on_commit_callbacks):
    rows = read_participant_file(
        csv_file(
            "name,email,phone\n"
            "Aida,aida@example.org,\n"
            "Bakyt,,0555 123 456\n"
            "Cholpon,cholpon@example.org,+996 700 123 456\n"
        )
    )
    report = check_rows(cohort, rows)

    assert statuses(report) == [(2, "accepted"), (3, "accepted"), (4, "accepted")]
    assert report.can_confirm
    assert not Participant.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        confirm_import(cohort, rows, language="ky")

    saved = {p.name: p for p in cohort.participants.all()}
    assert set(saved) == {"Aida", "Bakyt", "Cholpon"}
    assert saved["Bakyt"].phone == "+996555123456"
    assert saved["Bakyt"].invited_at is None
    assert sorted(message.to[0] for message in mail.outbox) == ["aida@example.org", "cholpon@example.org"]


def test_a_file_with_one_bad_row_names_it_and_saves_nothing(cohort):
    rows = read_participant_file(
        csv_file("name,email,phone\nAida,aida@example.org,\nBakyt,not-an-email,\n,c@example.org,\n")
    )
    report = check_rows(cohort, rows)

    assert [(row.number, str(row.reason)) for row in report.invalid] == [
        (3, "The email address is not valid."),
        (4, "A name or pseudonym is missing."),
    ]
    assert not report.can_confirm
    with pytest.raises(ImportRejected):
        confirm_import(cohort, rows, language="ru")
    assert not Participant.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Aida,,", "Give an email or a phone number: at least one way to reach the person."),
        ("Aida,,12345", "The phone number is not valid."),
        ("Aida,,call me", "The phone number is not valid."),
    ],
)
def test_invalid_rows_carry_their_reason(cohort, row, reason):
    report = check_rows(cohort, read_participant_file(csv_file(f"name,email,phone\n{row}\n")))

    (invalid,) = report.invalid
    assert str(invalid.reason) == reason


def test_duplicates_within_the_file_and_against_the_cohort(cohort):
    ParticipantFactory(cohort=cohort, email="known@example.org", phone="")
    ParticipantFactory(cohort=cohort, email="", phone="+996555000111")
    rows = read_participant_file(
        csv_file(
            "name,email,phone\n"
            "Known,KNOWN@example.org,\n"
            "Known by phone,,0555 000 111\n"
            "New,new@example.org,0700 123 456\n"
            "Same again,new@example.org,\n"
            "Same phone,,+996700123456\n"
        )
    )
    report = check_rows(cohort, rows)

    assert statuses(report) == [
        (2, RowStatus.DUPLICATE),
        (3, RowStatus.DUPLICATE),
        (4, RowStatus.ACCEPTED),
        (5, RowStatus.DUPLICATE),
        (6, RowStatus.DUPLICATE),
    ]
    assert [str(row.reason) for row in report.duplicates] == [
        "Already registered in this cohort.",
        "Already registered in this cohort.",
        "Same email or phone as row 4.",
        "Same email or phone as row 4.",
    ]

    confirm_import(cohort, rows, language="ru")

    assert cohort.participants.count() == 3


def test_russian_headers_semicolons_and_a_byte_order_mark(cohort):
    text = "\ufeffИмя;Электронная почта;Телефон\nАйгуль;aigul@example.org;0555 123 456\n"

    rows = read_participant_file(csv_file(text))

    assert rows == [{"number": 2, "name": "Айгуль", "email": "aigul@example.org", "phone": "0555 123 456"}]


def test_kyrgyz_headers_in_an_excel_file_with_numeric_phones(cohort):
    upload = xlsx_file([["Аты", "Телефону", "Email"], ["Үмүт Төлөгөнова", 996555123456, None], [None, None]])

    rows = read_participant_file(upload)
    report = check_rows(cohort, rows)
    confirm_import(cohort, rows, language="ky")

    assert statuses(report) == [(2, "accepted")]
    (participant,) = cohort.participants.all()
    assert (participant.name, participant.phone) == ("Үмүт Төлөгөнова", "+996555123456")


def test_an_excel_file_with_a_bad_row_saves_nothing(cohort):
    rows = read_participant_file(
        xlsx_file([["name", "email"], ["Aida", "aida@example.org"], ["Bakyt", "bakyt@"]])
    )

    with pytest.raises(ImportRejected) as rejected:
        confirm_import(cohort, rows, language="ru")

    assert [row.number for row in rejected.value.report.invalid] == [3]
    assert not Participant.objects.exists()


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


def test_participants_saved_elsewhere_unnormalised_still_count_as_duplicates(cohort):
    ParticipantFactory(cohort=cohort, email="Mixed@Example.org", phone="0 555 000 111")
    rows = read_participant_file(csv_file("name,email,phone\nA,mixed@example.org,\nB,,+996555000111\n"))

    assert statuses(check_rows(cohort, rows)) == [(2, RowStatus.DUPLICATE), (3, RowStatus.DUPLICATE)]
