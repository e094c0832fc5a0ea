"""Importing a cohort's participants through the shared import service (CohortImport as the target)."""

import pytest
from django.core import mail

from learning.factories import CohortFactory, ParticipantFactory
from learning.models import Participant
from learning.services.imports import CohortImport
from tests.uploads import csv_file, xlsx_file
from website.core.imports import ImportRejected, RowStatus, read_participant_file
from website.core.imports import check_rows as shared_check_rows
from website.core.imports import confirm_import as shared_confirm_import


def check_rows(cohort, rows):
    return shared_check_rows(CohortImport(cohort), rows)


def confirm_import(cohort, rows, language):
    return shared_confirm_import(CohortImport(cohort, language), rows)


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


def test_participants_saved_elsewhere_unnormalised_still_count_as_duplicates(cohort):
    ParticipantFactory(cohort=cohort, email="Mixed@Example.org", phone="0 555 000 111")
    rows = read_participant_file(csv_file("name,email,phone\nA,mixed@example.org,\nB,,+996555000111\n"))

    assert statuses(check_rows(cohort, rows)) == [(2, RowStatus.DUPLICATE), (3, RowStatus.DUPLICATE)]
