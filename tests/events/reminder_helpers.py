"""Shared pieces of the reminder tests: a fixed start time, scanning at a moment, reading the .ics back."""

import datetime as dt

from freezegun import freeze_time
from icalendar import Calendar

from events.factories import RegistrationFactory
from events.models import EventPage
from events.services import reminders

# 10:00 in Bishkek (UTC+6).
START = dt.datetime(2030, 3, 12, 4, 0, tzinfo=dt.UTC)
LONG_BEFORE = START - dt.timedelta(days=10)


def scan_at(moment, capture_on_commit):
    """Run the scan as the beat task would at `moment`, with the emails it queued delivered."""
    with freeze_time(moment), capture_on_commit(execute=True):
        return reminders.send_due_reminders()


def register(event, **fields):
    """A registration made long before the event (confirmed then, unless told otherwise)."""
    with freeze_time(LONG_BEFORE):
        return RegistrationFactory(event=event, **fields)


def publish(page):
    page.save_revision().publish()


def move(event, starts_at):
    """Change the start as an editor does: edit the latest revision and publish it."""
    page = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
    page.ends_at = starts_at + (page.ends_at - page.starts_at)
    page.starts_at = starts_at
    publish(page)


def calendar_entry(message):
    """The single VEVENT of the message's .ics attachment."""
    [(filename, content, mimetype)] = message.attachments
    assert (filename, mimetype) == ("event.ics", "text/calendar")
    [entry] = Calendar.from_ical(content).walk("VEVENT")
    return entry
