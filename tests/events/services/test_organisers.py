"""Importing an event's participants from a file: the shared import service with an event as its target."""

import pytest
from django.core import mail
from django.urls import reverse

from events.factories import RegistrationFactory
from events.models import Registration, RegistrationSource, RegistrationStatus
from events.services.organisers import EventImport
from tests.uploads import csv_file, xlsx_file
from website.accounts.factories import UserFactory
from website.core.imports import ImportRejected, RowStatus, check_rows, confirm_import, read_participant_file
from website.core.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser():
    return UserFactory()


@pytest.fixture
def event(make_event, organiser):
    event = make_event(capacity=3)
    event.organisers.add(organiser)
    event.save()
    return event


def statuses(report):
    return [(row.number, row.status, str(row.note)) for row in report.rows]


def test_seats_first_then_the_waiting_list_in_the_preview_and_once_saved(
    event, django_capture_on_commit_callbacks
):
    RegistrationFactory(event=event)
    rows = read_participant_file(
        csv_file(
            "name,email,phone\n"
            "Aida,aida@example.org,\n"
            "Bakyt,,0555 123 456\n"
            "Cholpon,cholpon@example.org,\n"
            "Dinara,dinara@example.org,\n"
        )
    )

    report = check_rows(EventImport(event), rows)

    assert statuses(report) == [
        (2, "accepted", "Seat"),
        (3, "accepted", "Seat"),
        (4, "accepted", "Waiting list"),
        (5, "accepted", "Waiting list"),
    ]
    assert report.note_counts == [("Seat", 2), ("Waiting list", 2)]
    assert Registration.objects.count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        saved = confirm_import(EventImport(event, "ky"), rows)

    assert [(r.name, r.status, r.source, r.language) for r in saved] == [
        ("Aida", RegistrationStatus.CONFIRMED, RegistrationSource.IMPORT, "ky"),
        ("Bakyt", RegistrationStatus.CONFIRMED, RegistrationSource.IMPORT, "ky"),
        ("Cholpon", RegistrationStatus.WAITING, RegistrationSource.IMPORT, "ky"),
        ("Dinara", RegistrationStatus.WAITING, RegistrationSource.IMPORT, "ky"),
    ]
    assert saved[1].phone == "+996555123456"
    assert sorted(message.to[0] for message in mail.outbox) == [
        "aida@example.org",
        "cholpon@example.org",
        "dinara@example.org",
    ]


def test_without_a_waiting_list_people_beyond_the_seats_make_the_file_invalid(make_event):
    event = make_event(capacity=1, waiting_list=False)
    rows = read_participant_file(csv_file("name,email\nAida,aida@example.org\nBakyt,bakyt@example.org\n"))

    report = check_rows(EventImport(event), rows)

    assert [(row.status, str(row.reason)) for row in report.rows] == [
        (RowStatus.ACCEPTED, ""),
        (RowStatus.INVALID, "No seat is left and this event has no waiting list."),
    ]
    with pytest.raises(ImportRejected):
        confirm_import(EventImport(event, "ru"), rows)
    assert not Registration.objects.exists()


def test_duplicates_against_active_registrations_and_within_the_file_are_skipped(event):
    RegistrationFactory(event=event, email="known@example.org")
    RegistrationFactory(event=event, email="", phone="0555 000 111", status=RegistrationStatus.WAITING)
    RegistrationFactory(event=event, email="back@example.org", status=RegistrationStatus.CANCELLED)
    rows = read_participant_file(
        csv_file(
            "name,email,phone\n"
            "Known,KNOWN@example.org,\n"
            "Known by phone,,+996555000111\n"
            "Back again,back@example.org,\n"
            "Twice,twice@example.org,\n"
            "Twice again,twice@example.org,\n"
        )
    )

    report = check_rows(EventImport(event), rows)
    confirm_import(EventImport(event, "ru"), rows)

    assert [(row.number, row.status, str(row.reason)) for row in report.rows] == [
        (2, RowStatus.DUPLICATE, "Already registered for this event."),
        (3, RowStatus.DUPLICATE, "Already registered for this event."),
        (4, RowStatus.ACCEPTED, ""),
        (5, RowStatus.ACCEPTED, ""),
        (6, RowStatus.DUPLICATE, "Same email or phone as row 5."),
    ]
    back = Registration.objects.get(email="back@example.org")
    assert (back.status, back.source, back.name) == (RegistrationStatus.CONFIRMED, "import", "Back again")
    assert Registration.objects.filter(email="twice@example.org").count() == 1


def test_a_file_with_one_bad_row_saves_nothing(event):
    rows = read_participant_file(
        xlsx_file([["Имя", "Email", "Телефон"], ["Aida", "aida@example.org", None], ["Bakyt", None, None]])
    )

    with pytest.raises(ImportRejected) as rejected:
        confirm_import(EventImport(event, "ru"), rows)

    assert [(row.number, str(row.reason)) for row in rejected.value.report.invalid] == [
        (3, "Give an email or a phone number: at least one way to reach the person.")
    ]
    assert not Registration.objects.exists()
    assert mail.outbox == []


BAD_FILE = "name,email,phone\nAida,aida@example.org,\nBakyt,not-an-email,\n"
FIXED_FILE = (
    "name,email,phone\n"
    "Aida,aida@example.org,\n"
    "Bakyt,bakyt@example.org,\n"
    "Known,known@example.org,\n"
    "Cholpon,,0700 123 456\n"
    "Dinara,dinara@example.org,\n"
)


def upload(client, event, text):
    return client.post(
        reverse("events:organiser_import", args=[event.pk]), {"file": csv_file(text), "language": "en"}
    )


def test_the_organiser_fixes_a_bad_file_and_everyone_is_registered(client, organiser, event):
    RegistrationFactory(event=event, name="Known", email="known@example.org")
    client.force_login(organiser)

    preview = upload(client, event, BAD_FILE).content.decode()
    rejected = client.post(reverse("events:organiser_import", args=[event.pk]), {"confirm": "1"})

    assert "The email address is not valid." in preview
    assert "Nothing will be saved while any row is invalid." in preview
    assert "Nothing was saved" in rejected.content.decode()
    assert Registration.objects.count() == 1

    preview = upload(client, event, FIXED_FILE).content.decode()
    assert "Seat: 2" in preview and "Waiting list: 2" in preview
    assert "Register 4 people" in preview
    assert Registration.objects.count() == 1

    done = client.post(reverse("events:organiser_import", args=[event.pk]), {"confirm": "1"}, follow=True)

    assert "2 people registered with a seat. 2 people are on the waiting list." in done.content.decode()
    assert sorted(Registration.objects.filter(source="import").values_list("name", "status")) == [
        ("Aida", "confirmed"),
        ("Bakyt", "confirmed"),
        ("Cholpon", "waiting"),
        ("Dinara", "waiting"),
    ]
    entry = AuditEntry.objects.get(action="event.participants.import")
    assert (entry.actor, entry.object_id, entry.detail) == (organiser, str(event.pk), "4 registrations")


def test_confirming_without_a_file_asks_for_it_again(client, organiser, event):
    client.force_login(organiser)

    response = client.post(reverse("events:organiser_import", args=[event.pk]), {"confirm": "1"}, follow=True)

    assert "There is no file waiting to be confirmed." in response.content.decode()
    assert not Registration.objects.exists()


def test_a_file_that_is_not_a_spreadsheet_gets_a_message(client, organiser, event):
    client.force_login(organiser)

    response = upload(client, event, "%PDF-1.4")

    assert response.status_code == 200
    assert "a name column and an email or a phone column" in response.content.decode()
