"""The check-in page at the door: search by name or code, check in and undo, safe to resend from an offline queue."""

import pytest
from django.urls import reverse

from events.factories import RegistrationFactory
from events.models import RegistrationStatus
from website.accounts.factories import UserFactory
from website.core.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser():
    return UserFactory()


@pytest.fixture
def event(make_event, organiser):
    event = make_event()
    event.organisers.add(organiser)
    event.save()
    return event


@pytest.fixture
def people(event):
    return {
        "aigul": RegistrationFactory(event=event, name="Aigul Sadykova", code="K7M2QX"),
        "bakyt": RegistrationFactory(event=event, name="Bakyt Osmonov", code="P3R8TZ"),
        "waiting": RegistrationFactory(event=event, name="Aizada Waiting", status=RegistrationStatus.WAITING),
    }


@pytest.fixture
def organiser_client(client, organiser):
    client.force_login(organiser)
    return client


def check_in_page(client, event, query=""):
    return client.get(reverse("events:organiser_check_in", args=[event.pk]), {"q": query} if query else {})


def mark(client, event, registration, state, query="", **headers):
    return client.post(
        reverse("events:organiser_check_in_mark", args=[event.pk]),
        {"registration": registration.pk, "state": state, "q": query},
        **headers,
    )


def test_the_page_lists_confirmed_people_with_counts_and_is_audited(
    organiser_client, organiser, event, people
):
    page = check_in_page(organiser_client, event).content.decode()

    assert "Aigul Sadykova" in page and "Bakyt Osmonov" in page
    assert "Aizada Waiting" not in page
    assert (
        "<strong data-checked-in-count>0</strong> of <span data-confirmed-count>2</span> checked in" in page
    )
    assert "js/check-in.js" in page and "<script>" not in page
    entry = AuditEntry.objects.get(action="event.check_in.view")
    assert (entry.actor, entry.object_id, entry.detail) == (organiser, str(event.pk), "2 shown")


@pytest.mark.parametrize("query", ["k7m2qx", "K7M2QX", " aigul ", "SADYK"])
def test_search_by_code_in_any_case_or_by_part_of_the_name(organiser_client, event, people, query):
    page = check_in_page(organiser_client, event, query).content.decode()

    assert "Aigul Sadykova" in page
    assert "Bakyt Osmonov" not in page


def test_a_code_must_match_exactly(organiser_client, event, people):
    page = check_in_page(organiser_client, event, "K7M2").content.decode()

    assert "Aigul Sadykova" not in page
    assert "Nobody with a confirmed seat matches." in page


def test_check_in_then_undo_returns_to_the_same_search(organiser_client, organiser, event, people):
    aigul = people["aigul"]

    checked = mark(organiser_client, event, aigul, "in", query="aigul")
    aigul.refresh_from_db()

    assert checked.status_code == 302
    assert checked["Location"] == reverse("events:organiser_check_in", args=[event.pk]) + "?q=aigul"
    assert aigul.checked_in_at is not None and aigul.checked_in_by == organiser
    page = check_in_page(organiser_client, event, "aigul").content.decode()
    assert "<strong data-checked-in-count>1</strong>" in page

    mark(organiser_client, event, aigul, "out", query="aigul")
    aigul.refresh_from_db()

    assert aigul.checked_in_at is None and aigul.checked_in_by is None


def test_resending_a_check_in_keeps_the_first_time(organiser_client, event, people):
    aigul = people["aigul"]
    mark(organiser_client, event, aigul, "in")
    aigul.refresh_from_db()
    first_time = aigul.checked_in_at

    answer = mark(organiser_client, event, aigul, "in", HTTP_ACCEPT="application/json")
    aigul.refresh_from_db()

    assert aigul.checked_in_at == first_time
    assert answer.json()["checked_in"] is True
    assert answer.json()["counts"] == {"checked_in": 1, "confirmed": 2}


def test_someone_without_a_confirmed_seat_cannot_be_checked_in(organiser_client, event, people):
    waiting = people["waiting"]

    answer = mark(organiser_client, event, waiting, "in", HTTP_ACCEPT="application/json")
    page = mark(organiser_client, event, waiting, "in")
    waiting.refresh_from_db()

    assert answer.status_code == 409
    assert answer.json()["error"] == "Only people with a confirmed seat can be checked in."
    assert page.status_code == 302
    assert waiting.checked_in_at is None


@pytest.mark.parametrize("data", [{"registration": "x", "state": "in"}, {"state": "in"}])
def test_a_malformed_check_in_is_not_found(organiser_client, event, people, data):
    response = organiser_client.post(reverse("events:organiser_check_in_mark", args=[event.pk]), data)

    assert response.status_code == 404


def test_an_unknown_state_changes_nothing(organiser_client, event, people):
    response = mark(organiser_client, event, people["aigul"], "maybe", HTTP_ACCEPT="application/json")

    assert response.status_code == 409
    people["aigul"].refresh_from_db()
    assert people["aigul"].checked_in_at is None


def test_another_events_registration_cannot_be_checked_in_here(organiser_client, make_event, event, people):
    stranger = RegistrationFactory(event=make_event())

    response = mark(organiser_client, event, stranger, "in")

    assert response.status_code == 404
    stranger.refresh_from_db()
    assert stranger.checked_in_at is None
