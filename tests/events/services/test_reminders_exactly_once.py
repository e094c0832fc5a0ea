"""Exactly once: two scans at the same time, and a scan run again after a worker died half-way."""

import datetime as dt
import threading
from collections import Counter

import pytest
from django.db import connection
from freezegun import freeze_time

from events.factories import RegistrationFactory
from events.models import SentReminder
from events.services import reminders
from tests.events.reminder_helpers import LONG_BEFORE, START

pytestmark = pytest.mark.django_db(transaction=True)

PEOPLE = 40
DUE_NOW = START - dt.timedelta(hours=23)


@pytest.fixture
def registrations(make_event):
    event = make_event(starts_at=START, ends_at=START + dt.timedelta(hours=2))
    with freeze_time(LONG_BEFORE):
        return RegistrationFactory.create_batch(PEOPLE, event=event)


def overlapping_scans(monkeypatch):
    """Run two scans in two threads that both hold the full list of people before either sends anything."""
    both_listed = threading.Barrier(2)
    list_people = reminders.registrations_to_remind

    def listed_together(event, due):
        people = list(list_people(event, due))
        both_listed.wait(timeout=60)
        return people

    monkeypatch.setattr(reminders, "registrations_to_remind", listed_together)
    counts, errors = [], []

    def scan():
        try:
            counts.append(reminders.send_due_reminders(now=DUE_NOW)["reminders"])
        except Exception as error:  # reported by the assertion below, not lost in the thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=scan) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return counts


@pytest.mark.services
def test_two_overlapping_scans_remind_each_person_once(
    require_postgres, registrations, mailoutbox, monkeypatch
):
    counts = overlapping_scans(monkeypatch)

    assert sum(counts) == PEOPLE
    assert Counter(message.to[0] for message in mailoutbox) == {r.email: 1 for r in registrations}
    assert SentReminder.objects.count() == PEOPLE


@pytest.mark.services
def test_without_the_marker_overlapping_scans_send_twice(
    require_postgres, registrations, mailoutbox, monkeypatch
):
    """The control: the same overlap with the marker insert switched off sends everyone two reminders."""
    monkeypatch.setattr(reminders, "insert_marker", lambda **fields: True)

    overlapping_scans(monkeypatch)

    assert Counter(message.to[0] for message in mailoutbox) == {r.email: 2 for r in registrations}


def test_a_scan_run_again_after_a_crash_sends_only_what_was_not_sent(registrations, mailoutbox, monkeypatch):
    send_reminder = reminders.send_reminder
    calls = []

    def dies_at_the_fifth_person(*args, **kwargs):
        calls.append(args)
        if len(calls) == 5:
            raise SystemExit("worker killed")
        send_reminder(*args, **kwargs)

    monkeypatch.setattr(reminders, "COMMIT_EVERY", 2)
    monkeypatch.setattr(reminders, "send_reminder", dies_at_the_fifth_person)
    with pytest.raises(SystemExit):
        reminders.send_due_reminders(now=DUE_NOW)
    # Two batches of two were committed; the fifth person's batch died with the worker.
    assert (len(mailoutbox), SentReminder.objects.count()) == (4, 4)

    monkeypatch.setattr(reminders, "send_reminder", send_reminder)
    assert reminders.send_due_reminders(now=DUE_NOW)["reminders"] == PEOPLE - 4
    assert Counter(message.to[0] for message in mailoutbox) == {r.email: 1 for r in registrations}
