"""The scan runs every minute: no query per person beyond the message itself, whatever the number of people."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from events.services import reminders
from learning import factories as f
from learning.services.enrolment import enrol
from tests.events.reminder_helpers import START, register
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

DUE_NOW = START - dt.timedelta(hours=23)
# Per message: the marker's insert between a savepoint and its release, and room for a database outbox row.
QUERIES_PER_MESSAGE = 4


def scan_queries(capture_on_commit):
    with freeze_time(DUE_NOW), capture_on_commit(execute=False), CaptureQueriesContext(connection) as queries:
        reminders.send_due_reminders()
    return len(queries)


def add_people(event, course, how_many):
    """Each is both registered and an enrolled learner of the webinar's course (two messages per person)."""
    for _ in range(how_many):
        register(event, language="ky")
        enrol(UserFactory(preferred_language="ky"), course)


def test_scan_cost_grows_only_by_the_messages_it_sends(make_event, django_capture_on_commit_callbacks):
    course = f.CoursePageFactory(parent=catalogue("ru"))
    event = make_event(starts_at=START, ends_at=START + dt.timedelta(hours=2), course=course)

    add_people(event, course, 5)
    first_five = scan_queries(django_capture_on_commit_callbacks)
    repeated_with_five = scan_queries(django_capture_on_commit_callbacks)
    add_people(event, course, 45)
    next_forty_five = scan_queries(django_capture_on_commit_callbacks)
    repeated_with_fifty = scan_queries(django_capture_on_commit_callbacks)

    assert repeated_with_five == repeated_with_fifty
    assert next_forty_five - first_five <= (45 - 5) * 2 * QUERIES_PER_MESSAGE
