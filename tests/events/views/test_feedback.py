"""The feedback form behind the after-event email link: who may use it, what it saves, and bad input."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from events.factories import RegistrationFactory
from events.models import Consent, Feedback

from ..feedback_helpers import attended, feedback_url, past_event

pytestmark = pytest.mark.django_db

GOOD_ANSWER = {
    "rating": "5",
    "text": "Я впервые поняла, как записать нарушение. Спасибо тренерам!",
    "consent": Consent.ANONYMOUS,
    "display_name": "",
}


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate-limit counters live in the cache, which outlives a single test."""
    cache.clear()


@pytest.fixture
def registration(make_event):
    return attended(past_event(make_event, title="Тренинг в Оше"), name="Айгуль Т.")


def test_the_form_asks_for_a_rating_text_and_consent_with_the_name_prefilled(client, registration):
    response = client.get(feedback_url(registration))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Тренинг в Оше" in html
    assert "<fieldset" in html and "How was the event for you?" in html
    assert html.count('type="radio" name="rating"') == 5
    for label in ("Publish it with my name", "Publish it anonymously", "Don&#x27;t publish it"):
        assert label in html
    assert 'value="Айгуль Т."' in html


def test_sending_feedback_saves_it_once_and_thanks_the_person(client, registration):
    response = client.post(feedback_url(registration, "ru"), GOOD_ANSWER)

    assert response.status_code == 200
    assert "Thank you for your feedback" in response.content.decode()
    feedback = Feedback.objects.get()
    assert (feedback.registration, feedback.event_id) == (registration, registration.event_id)
    assert (feedback.rating, feedback.consent, feedback.language) == (5, Consent.ANONYMOUS, "ru")
    assert feedback.text == GOOD_ANSWER["text"]
    assert feedback.display_name == ""


def test_a_second_visit_says_the_feedback_was_already_received(client, registration):
    client.post(feedback_url(registration), GOOD_ANSWER)

    again = client.get(feedback_url(registration))
    resent = client.post(feedback_url(registration), {**GOOD_ANSWER, "text": "Другой текст"})

    for response in (again, resent):
        assert response.status_code == 200
        assert "we have already received your feedback" in response.content.decode()
    assert Feedback.objects.get().text == GOOD_ANSWER["text"]


def test_named_consent_keeps_the_name_to_publish(client, registration):
    client.post(
        feedback_url(registration), {**GOOD_ANSWER, "consent": Consent.NAMED, "display_name": " Айгуль "}
    )

    assert Feedback.objects.get().display_name == "Айгуль"


def test_a_name_given_with_anonymous_consent_is_not_kept(client, registration):
    client.post(feedback_url(registration), {**GOOD_ANSWER, "display_name": "Айгуль"})

    assert Feedback.objects.get().display_name == ""


@pytest.mark.parametrize(
    "change, message",
    [
        ({"rating": ""}, "Choose a rating from 1 to 5."),
        ({"rating": "7"}, "Choose a rating from 1 to 5."),
        ({"text": "   "}, "Write a few words about the event."),
        ({"text": "x" * 5001}, "Please keep your feedback under 5,000 characters."),
        ({"consent": ""}, "Choose whether we may publish your feedback."),
        ({"consent": "everywhere"}, "Choose whether we may publish your feedback."),
        ({"consent": Consent.NAMED, "display_name": " "}, "Write the name to publish, or choose to publish"),
    ],
)
def test_bad_input_shows_the_form_again_with_a_clear_message_and_saves_nothing(
    client, registration, change, message
):
    response = client.post(feedback_url(registration), {**GOOD_ANSWER, **change})

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "nothing has been saved yet" in html
    assert not Feedback.objects.exists()


def test_someone_who_did_not_attend_gets_a_clear_page(client, make_event):
    absent = RegistrationFactory(event=past_event(make_event), checked_in_at=None)

    response = client.get(feedback_url(absent))

    assert response.status_code == 403
    assert "Only people who took part in the event can give feedback" in response.content.decode()
    assert client.post(feedback_url(absent), GOOD_ANSWER).status_code == 403
    assert not Feedback.objects.exists()


def test_before_the_event_ends_the_page_says_to_come_back_later(client, make_event):
    starts = timezone.now() - datetime.timedelta(hours=1)
    running = make_event(starts_at=starts, ends_at=starts + datetime.timedelta(hours=3))
    registration = attended(running)

    response = client.post(feedback_url(registration), GOOD_ANSWER)

    assert response.status_code == 403
    assert "You can give feedback once the event has ended." in response.content.decode()
    assert not Feedback.objects.exists()


@pytest.mark.parametrize("token", ["4c0b0f0e-0000-4000-8000-000000000000", "not-a-token"])
def test_an_invalid_link_gets_a_clear_page_not_an_error(client, db, token):
    response = client.get(f"/en/events/registrations/{token}/feedback/")

    assert response.status_code == 404
    if token != "not-a-token":
        assert "This link is not valid." in response.content.decode()


def test_sending_is_rate_limited_by_address(client, registration, make_event, settings):
    settings.EVENT_FEEDBACK_RATE_LIMIT = "2/m"
    others = [attended(past_event(make_event)) for _ in range(2)]

    client.post(feedback_url(registration), {**GOOD_ANSWER, "rating": ""})
    client.post(feedback_url(others[0]), GOOD_ANSWER)
    refused = client.post(feedback_url(others[1]), GOOD_ANSWER)
    elsewhere = client.post(feedback_url(others[1]), GOOD_ANSWER, REMOTE_ADDR="10.1.2.3")

    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert elsewhere.status_code == 200
    assert Feedback.objects.count() == 2


def test_the_feedback_text_is_encrypted_in_the_database(client, registration):
    client.post(feedback_url(registration), GOOD_ANSWER)

    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM events_feedback")
        [(stored,)] = cursor.fetchall()
    assert "нарушение" not in stored
    assert Feedback.objects.get().text == GOOD_ANSWER["text"]
