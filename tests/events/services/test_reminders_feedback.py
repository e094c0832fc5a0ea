"""After an event, the people who attended are asked for feedback, once, in their language."""

import datetime as dt

import pytest

from events.models import Consent, Feedback, ReminderKind, SentReminder
from tests.events.reminder_helpers import START, register, scan_at
from website.core.factories import translate

pytestmark = pytest.mark.django_db

HOUR = dt.timedelta(hours=1)
END = START + 3 * HOUR


@pytest.fixture
def event(make_event):
    event = make_event(title="Показ фильма", starts_at=START, ends_at=END, reminder_hours="")
    translate(event, "ky", title="Кино көрсөтүү")
    return event


def test_only_people_who_attended_are_asked_once_in_their_language(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    attended = register(event, language="ky", checked_in_at=START)
    register(event, checked_in_at=None)
    register(event, checked_in_at=START, email="")
    already_answered = register(event, checked_in_at=START)
    Feedback.objects.create(
        event=event, registration=already_answered, rating=5, text="Спасибо", consent=Consent.PRIVATE
    )

    sent = [
        scan_at(moment, django_capture_on_commit_callbacks)["feedback_requests"]
        for moment in (END - HOUR, END + HOUR, END + 2 * HOUR)
    ]

    assert sent == [0, 1, 0]
    [message] = mailoutbox
    assert message.to == [attended.email]
    assert message.subject == "How was “Кино көрсөтүү”?"
    assert f"/ky/events/registrations/{attended.token}/feedback/" in message.body
    marker = SentReminder.objects.get()
    assert (marker.registration, marker.kind, marker.scheduled_for) == (
        attended,
        ReminderKind.FEEDBACK_REQUEST,
        END,
    )


def test_no_request_for_an_event_that_ended_more_than_a_week_ago(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    register(event, checked_in_at=START)

    assert scan_at(END + dt.timedelta(days=8), django_capture_on_commit_callbacks)["feedback_requests"] == 0
    assert mailoutbox == []
