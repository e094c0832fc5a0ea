"""A person's events data in their data export, and what deleting their account does to it."""

import json

import pytest
from django.db import connection

from events.models import Consent, Feedback, FeedbackStatus, Registration, RegistrationStatus
from events.services import feedback as feedback_service
from website.accounts.factories import PASSWORD, UserFactory
from website.stories import services as stories_service
from website.stories.factories import StoryIndexPageFactory
from website.stories.models import StoryPage

from ..feedback_helpers import attended, past_event

pytestmark = pytest.mark.django_db

QUESTIONS = [
    ("question", {"question": "Organisation", "why": "To plan the groups."}),
    ("question", {"question": "Accessibility needs", "why": "To prepare the room."}),
]


@pytest.fixture
def person():
    return UserFactory(email="aigul@example.org", display_name="Aigul")


@pytest.fixture
def event(make_event):
    return past_event(make_event, title="Human Rights Day in Osh", questions=QUESTIONS)


@pytest.fixture
def stories(event_index):
    return StoryIndexPageFactory(parent=event_index.get_parent())


def registration_of(person, event, **fields):
    organisation, accessibility = (block.id for block in event.questions)
    answers = json.dumps({organisation: "Bir Duino", accessibility: "Step-free entrance"})
    return attended(
        event,
        user=person,
        name="Aigul T.",
        email=person.email,
        phone="+996 555 000 111",
        answers=answers,
        **fields,
    )


def story_from(registration, consent, editor, publish=True):
    feedback = feedback_service.submit_feedback(
        registration,
        rating=5,
        text=f"Feedback {consent}.",
        consent=consent,
        display_name="Aigul",
        language="ru",
    )
    story = stories_service.turn_into_story(feedback, editor)
    if publish:
        story.save_revision().publish()
    return feedback, story


def test_my_data_holds_my_registrations_with_answers_and_my_feedback(client, person, event):
    registration = registration_of(person, event)
    feedback_service.submit_feedback(
        registration, rating=4, text="Very useful.", consent=Consent.PRIVATE, language="en"
    )
    client.force_login(person)

    data = json.loads(client.post("/en/accounts/profile/my-data/").content)

    [exported] = data["event_registrations"]
    assert (exported["event"], exported["status"]) == ("Human Rights Day in Osh", "confirmed")
    assert (exported["name"], exported["phone"]) == ("Aigul T.", "+996 555 000 111")
    assert exported["starts_at"] == event.starts_at.isoformat()
    assert exported["checked_in_at"] is not None
    assert exported["answers"] == [
        {"question": "Organisation", "answer": "Bir Duino"},
        {"question": "Accessibility needs", "answer": "Step-free entrance"},
    ]
    assert data["event_feedback"] == [
        {
            "event": "Human Rights Day in Osh",
            "rating": 4,
            "text": "Very useful.",
            "publication": "private",
            "name_to_publish": "",
            "status": "new",
            "sent_at": Feedback.objects.get().created_at.isoformat(),
        }
    ]


def test_my_data_holds_nobody_elses_registrations(client, person, event):
    registration_of(UserFactory(), event)
    client.force_login(person)

    data = json.loads(client.post("/en/accounts/profile/my-data/").content)

    assert data["event_registrations"] == [] and data["event_feedback"] == []


def test_deleting_my_account_keeps_my_registration_for_the_counts_without_me(client, person, event):
    registration = registration_of(person, event)
    old_token = registration.token
    client.force_login(person)

    client.post("/en/accounts/profile/delete/", {"password": PASSWORD})

    registration.refresh_from_db()
    assert registration.user is None
    assert (registration.name, registration.email, registration.phone, registration.answers) == (
        "Deleted participant",
        "",
        "",
        "",
    )
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.checked_in_at is not None
    assert registration.token != old_token, "links in old emails no longer reach the registration"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, email, phone, answers FROM events_registration WHERE id = %s", [registration.pk]
        )
        assert cursor.fetchone() == ("Deleted participant", "", "", "")


def test_deleting_my_account_removes_my_named_stories_and_keeps_a_published_anonymous_one(
    client, person, event, make_event, stories
):
    editor = UserFactory(is_staff=True)
    named_feedback, named_story = story_from(registration_of(person, event), Consent.NAMED, editor)
    second_event = past_event(make_event, title="Training in Batken", questions=QUESTIONS)
    anonymous_feedback, anonymous_story = story_from(
        registration_of(person, second_event), Consent.ANONYMOUS, editor
    )
    third_event = past_event(make_event, title="Screening in Naryn", questions=QUESTIONS)
    draft_feedback, draft_story = story_from(
        registration_of(person, third_event), Consent.ANONYMOUS, editor, publish=False
    )
    client.force_login(person)

    client.post("/en/accounts/profile/delete/", {"password": PASSWORD})

    remaining = set(StoryPage.objects.values_list("pk", flat=True))
    assert remaining == {anonymous_story.pk}
    assert client.get(anonymous_story.url).status_code == 200
    anonymous_feedback.refresh_from_db()
    assert anonymous_feedback.text == "Feedback anonymous."
    for feedback in (named_feedback, draft_feedback):
        feedback.refresh_from_db()
        assert (feedback.text, feedback.display_name, feedback.story) == ("", "", None)
        assert feedback.status == FeedbackStatus.ARCHIVED
    assert Registration.objects.filter(name="Deleted participant").count() == 3


def test_deleting_my_account_empties_private_feedback(client, person, event):
    feedback_service.submit_feedback(
        registration_of(person, event), rating=2, text="Too long.", consent=Consent.PRIVATE, language="ru"
    )
    client.force_login(person)

    client.post("/en/accounts/profile/delete/", {"password": PASSWORD})

    feedback = Feedback.objects.get()
    assert (feedback.text, feedback.rating, feedback.status) == ("", 2, FeedbackStatus.ARCHIVED)
