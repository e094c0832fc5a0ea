"""The reminder scan: who is reminded, when, in which language, with which calendar file."""

import datetime as dt

import pytest

from events.models import RegistrationStatus, ReminderKind, SentReminder
from tests.events.reminder_helpers import START, calendar_entry, register, scan_at
from website.core.factories import translate

pytestmark = pytest.mark.django_db

HOUR = dt.timedelta(hours=1)


@pytest.fixture
def event(make_event):
    event = make_event(title="День прав человека", starts_at=START, ends_at=START + 3 * HOUR)
    translate(event, "ky", title="Адам укуктары күнү")
    translate(event, "en", title="Human Rights Day")
    return event


def test_confirmed_people_get_the_reminder_in_their_language_with_the_calendar_file(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    confirmed = {
        language: register(event, language=language, email=f"{language}@example.org")
        for language in ("ky", "ru", "en")
    }
    for status in (
        RegistrationStatus.WAITING,
        RegistrationStatus.PENDING,
        RegistrationStatus.OFFERED,
        RegistrationStatus.CANCELLED,
        RegistrationStatus.EXPIRED,
    ):
        register(event, status=status, confirmed_at=None)
    register(event, email="")

    scan_at(START - 23 * HOUR, django_capture_on_commit_callbacks)

    by_address = {message.to[0]: message for message in mailoutbox}
    assert sorted(by_address) == ["en@example.org", "ky@example.org", "ru@example.org"]
    ky = by_address["ky@example.org"]
    assert ky.subject == "Reminder: Адам укуктары күнү, 12-Март, 10:00"
    assert "10:00 (Bishkek time)" in ky.body
    assert "12 Erkindik Boulevard" in ky.body
    assert f"/ky/events/registrations/{confirmed['ky'].token}/cancel/" in ky.body
    assert confirmed["ky"].code in ky.body
    assert "Human Rights Day" in by_address["en@example.org"].subject

    entry = calendar_entry(ky)
    assert entry.decoded("dtstart") == START
    assert str(entry.decoded("dtstart").tzinfo) == "Asia/Bishkek"
    assert str(entry["summary"]) == "Адам укуктары күнү"
    assert "12 Erkindik Boulevard" in str(entry["location"])


def test_each_person_is_reminded_once_per_offset(event, mailoutbox, django_capture_on_commit_callbacks):
    registration = register(event)

    sent = [
        scan_at(moment, django_capture_on_commit_callbacks)["reminders"]
        for moment in (START - 24 * HOUR, START - 23 * HOUR, START - 2 * HOUR, START - HOUR, START)
    ]

    assert sent == [1, 0, 1, 0, 0]
    assert len(mailoutbox) == 2
    markers = SentReminder.objects.filter(registration=registration).order_by("scheduled_for")
    assert [(m.kind, m.scheduled_for) for m in markers] == [
        (ReminderKind.REMINDER, START - 24 * HOUR),
        (ReminderKind.REMINDER, START - 2 * HOUR),
    ]


def test_a_missed_reminder_is_not_sent_late_once_a_later_one_is_due(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    """The scan was down from a day before until 90 minutes before: only the 2 h reminder goes out."""
    registration = register(event)

    sent = [
        scan_at(moment, django_capture_on_commit_callbacks)["reminders"]
        for moment in (START - 90 * dt.timedelta(minutes=1), START - 30 * dt.timedelta(minutes=1))
    ]

    assert sent == [1, 0]
    assert list(SentReminder.objects.values_list("registration", "scheduled_for")) == [
        (registration.pk, START - 2 * HOUR)
    ]


def test_someone_seated_after_a_reminder_fell_due_gets_only_the_later_reminder(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    """Their confirmation email, with the calendar file, came after the 24 h reminder's time."""
    register(event, confirmed_at=START - 3 * HOUR)

    sent = [
        scan_at(moment, django_capture_on_commit_callbacks)["reminders"]
        for moment in (START - 3 * HOUR, START - 2 * HOUR)
    ]

    assert sent == [0, 1]
    assert SentReminder.objects.get().scheduled_for == START - 2 * HOUR


def test_no_reminder_once_the_event_has_started(event, mailoutbox, django_capture_on_commit_callbacks):
    register(event)

    assert scan_at(START + dt.timedelta(minutes=1), django_capture_on_commit_callbacks)["reminders"] == 0
    assert mailoutbox == []


def test_an_event_without_reminder_hours_sends_none(
    make_event, mailoutbox, django_capture_on_commit_callbacks
):
    quiet = make_event(starts_at=START, ends_at=START + HOUR, reminder_hours="")
    register(quiet)

    assert scan_at(START - HOUR, django_capture_on_commit_callbacks)["reminders"] == 0


def test_an_unpublished_event_sends_no_reminders(event, mailoutbox, django_capture_on_commit_callbacks):
    register(event)
    for page in event.get_translations(inclusive=True):
        page.unpublish()

    assert scan_at(START - HOUR, django_capture_on_commit_callbacks)["reminders"] == 0
