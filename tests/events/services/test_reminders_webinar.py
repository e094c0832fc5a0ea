"""A course's webinar reminds the course's enrolled learners too, once, and never twice a registered one."""

import datetime as dt

import pytest

from events.models import EventType, ReminderKind, SentReminder
from learning import factories as f
from learning.services.enrolment import enrol, revoke
from tests.events.reminder_helpers import START, calendar_entry, register, scan_at
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory
from website.core.factories import locale, translate
from website.core.places import City

pytestmark = pytest.mark.django_db

HOUR = dt.timedelta(hours=1)
ONLINE_URL = "https://meet.example.org/cbpr-data-analysis"


@pytest.fixture
def course():
    course = f.CoursePageFactory(parent=catalogue("ru"), title="CBPR")
    translate(course, "ky", title="CBPR курсу")
    return course


@pytest.fixture
def webinar(make_event, course):
    event = make_event(
        title="Анализ данных",
        event_type=EventType.WEBINAR,
        city=City.ONLINE,
        venue="",
        address="",
        online_url=ONLINE_URL,
        starts_at=START,
        ends_at=START + 2 * HOUR,
        course=course.get_translation(locale("ky")),
    )
    translate(event, "ky", title="Маалыматтарды талдоо")
    return event


def test_learners_get_the_webinar_reminder_once_in_their_language_with_the_online_link(
    webinar, course, mailoutbox, django_capture_on_commit_callbacks
):
    learner = UserFactory(preferred_language="ky")
    enrol(learner, course)
    left = UserFactory()
    enrol(left, course)
    revoke(left, course)

    sent = [
        scan_at(moment, django_capture_on_commit_callbacks)["reminders"]
        for moment in (START - 23 * HOUR, START - 22 * HOUR)
    ]

    assert sent == [1, 0]
    [message] = mailoutbox
    assert message.to == [learner.email]
    assert message.subject == "Webinar of your course: Маалыматтарды талдоо, 12-Март, 10:00"
    assert "CBPR курсу" in message.body
    assert ONLINE_URL in message.body
    assert ONLINE_URL in str(calendar_entry(message)["location"])
    marker = SentReminder.objects.get()
    assert (marker.enrolment.user, marker.registration, marker.kind) == (learner, None, ReminderKind.REMINDER)


def test_a_learner_registered_for_the_webinar_gets_only_the_registration_reminder(
    webinar, course, mailoutbox, django_capture_on_commit_callbacks
):
    signed_in = UserFactory()
    as_guest = UserFactory(email="guest.learner@example.org")
    for learner in (signed_in, as_guest):
        enrol(learner, course)
    register(webinar, user=signed_in, email=signed_in.email)
    register(webinar, email="Guest.Learner@example.org")

    scan_at(START - 23 * HOUR, django_capture_on_commit_callbacks)
    scan_at(START - 22 * HOUR, django_capture_on_commit_callbacks)

    assert sorted(m.to[0].lower() for m in mailoutbox) == sorted([signed_in.email, as_guest.email])
    assert all(m.subject.startswith("Reminder:") for m in mailoutbox)
    assert not SentReminder.objects.filter(enrolment__isnull=False).exists()
