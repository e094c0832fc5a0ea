"""When an event moves: everyone registered hears once per change, and reminders follow the new time."""

import datetime as dt

import pytest
from freezegun import freeze_time

from events.models import EventPage, RegistrationStatus, ReminderKind, SentReminder
from tests.events.reminder_helpers import LONG_BEFORE, START, calendar_entry, move, publish, register, scan_at
from website.core.factories import locale, translate

pytestmark = pytest.mark.django_db

HOUR = dt.timedelta(hours=1)
LATER = START + 3 * HOUR


@pytest.fixture
def event(make_event):
    with freeze_time(LONG_BEFORE):
        event = make_event(title="Тренинг", starts_at=START, ends_at=START + 2 * HOUR)
        publish(event)
        translate(event, "ky", title="Тренинг ky")
    return event


def time_changed(mailoutbox):
    return [message for message in mailoutbox if message.subject.startswith("New time:")]


def test_publishing_an_event_for_the_first_time_announces_no_change(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    register(event)
    assert EventPage.objects.get(pk=event.pk).announced_starts_at == START

    assert scan_at(START - 30 * HOUR, django_capture_on_commit_callbacks)["time_changed"] == 0


def test_moving_an_event_tells_everyone_registered_once_even_when_published_twice(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    confirmed = register(event, language="ky", email="seat@example.org")
    waiting = register(event, status=RegistrationStatus.WAITING, email="waiting@example.org")
    offered = register(event, status=RegistrationStatus.OFFERED, email="offered@example.org")
    register(event, status=RegistrationStatus.PENDING, confirmed_at=None)
    register(event, status=RegistrationStatus.CANCELLED)

    with freeze_time(START - 5 * 24 * HOUR):
        move(event, LATER)
        move(event, LATER)
    first = scan_at(START - 5 * 24 * HOUR, django_capture_on_commit_callbacks)
    second = scan_at(START - 4 * 24 * HOUR, django_capture_on_commit_callbacks)

    assert (first["time_changed"], second["time_changed"]) == (3, 0)
    told = {message.to[0]: message for message in time_changed(mailoutbox)}
    assert sorted(told) == sorted([confirmed.email, waiting.email, offered.email])
    message = told[confirmed.email]
    assert message.subject == "New time: Тренинг ky now starts 12-Март, 13:00"
    assert "New time: 12-Март 2030-ж., 13:00 (Bishkek time)" in message.body
    assert "Previous time: 12-Март 2030-ж., 10:00" in message.body
    entry = calendar_entry(message)
    assert entry.decoded("dtstart") == LATER
    assert str(entry["summary"]) == "Тренинг ky"
    assert "12 Erkindik Boulevard" in str(entry["location"])
    assert "12 Erkindik Boulevard" not in str(calendar_entry(told[waiting.email]).get("location", ""))
    assert EventPage.objects.get(pk=event.pk).announced_starts_at == LATER


def test_reminders_follow_the_new_time_even_when_sent_for_the_old_one(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    registration = register(event)
    assert scan_at(START - 23 * HOUR, django_capture_on_commit_callbacks)["reminders"] == 1

    with freeze_time(START - 22 * HOUR):
        move(event, LATER)
    moved = scan_at(START - 22 * HOUR, django_capture_on_commit_callbacks)
    reminded_again = scan_at(LATER - 24 * HOUR, django_capture_on_commit_callbacks)

    assert (moved["time_changed"], moved["reminders"]) == (1, 0)
    assert reminded_again["reminders"] == 1
    reminders = SentReminder.objects.filter(registration=registration, kind=ReminderKind.REMINDER)
    assert sorted(reminders.values_list("scheduled_for", flat=True)) == [START - 24 * HOUR, LATER - 24 * HOUR]
    assert calendar_entry(mailoutbox[-1]).decoded("dtstart") == LATER


def test_each_change_is_told_even_back_to_an_earlier_time(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    register(event)

    told = []
    for day, starts_at in enumerate((LATER, START, LATER), start=1):
        with freeze_time(LONG_BEFORE + day * 24 * HOUR):
            move(event, starts_at)
        told.append(
            scan_at(LONG_BEFORE + day * 24 * HOUR, django_capture_on_commit_callbacks)["time_changed"]
        )
        told.append(
            scan_at(LONG_BEFORE + day * 24 * HOUR + HOUR, django_capture_on_commit_callbacks)["time_changed"]
        )

    assert told == [1, 0, 1, 0, 1, 0]
    assert [calendar_entry(m).decoded("dtstart") for m in time_changed(mailoutbox)] == [LATER, START, LATER]


def test_republishing_an_earlier_revision_announces_the_time_it_brings_back(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    """A revision stores the start time known when it was saved; publishing it must not overwrite what people were told."""
    register(event)
    first_revision = EventPage.objects.get(pk=event.pk).latest_revision
    with freeze_time(START - 5 * 24 * HOUR):
        move(event, LATER)
    scan_at(START - 5 * 24 * HOUR, django_capture_on_commit_callbacks)

    with freeze_time(START - 4 * 24 * HOUR):
        first_revision.publish()
    assert scan_at(START - 4 * 24 * HOUR, django_capture_on_commit_callbacks)["time_changed"] == 1
    assert [calendar_entry(m).decoded("dtstart") for m in time_changed(mailoutbox)] == [LATER, START]


def test_publishing_a_translation_announces_nothing(event, mailoutbox, django_capture_on_commit_callbacks):
    register(event)
    with freeze_time(START - 5 * 24 * HOUR):
        move(event, LATER)
    scan_at(START - 5 * 24 * HOUR, django_capture_on_commit_callbacks)

    with freeze_time(START - 4 * 24 * HOUR):
        publish(event.get_translation(locale("ky")))
    assert scan_at(START - 4 * 24 * HOUR, django_capture_on_commit_callbacks)["time_changed"] == 0
    assert len(time_changed(mailoutbox)) == 1
