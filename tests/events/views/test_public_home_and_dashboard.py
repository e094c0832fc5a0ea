"""Events outside the event pages: the home page's next events and "My events" in My learning."""

import datetime

import pytest
from django.utils import timezone

from events.factories import RegistrationFactory
from events.models import RegistrationStatus
from tests.events.public_site import add_event, build_events_site, soup, text_of, translate_event
from website.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return build_events_site()


def in_days(days):
    return timezone.now() + datetime.timedelta(days=days)


def test_home_shows_the_next_three_events_of_its_language_and_links_the_index(client, site):
    for days in (9, 2, 5, 7):
        event = add_event(site, title=f"Через {days} дней", starts_at=in_days(days))
        if days != 5:
            translate_event(site, event, "en", title=f"In {days} days")
    add_event(site, title="Прошло", starts_at=in_days(-2))

    russian, english = soup(client.get("/ru/")), soup(client.get("/en/"))

    section = russian.find(id="home-events").find_parent("section")
    assert [a.get_text() for a in section.select(".event-item__title a")] == [
        "Через 2 дней",
        "Через 5 дней",
        "Через 7 дней",
    ]
    assert section.find("a", string="All events")["href"] == "/ru/events/"
    english_section = english.find(id="home-events").find_parent("section")
    assert [a.get_text() for a in english_section.select(".event-item__title a")] == [
        "In 2 days",
        "In 7 days",
        "In 9 days",
    ]


def test_home_without_upcoming_events_has_no_events_section(client, site):
    add_event(site, starts_at=in_days(-3))

    assert soup(client.get("/ru/")).find(id="home-events") is None


def test_my_learning_lists_my_active_registrations_with_status_and_link(client, site):
    user = UserFactory()
    soon = add_event(site, title="Скоро", starts_at=in_days(3))
    later = add_event(site, title="Позже", starts_at=in_days(8))
    english = translate_event(site, later, "en", title="Later")
    cancelled = add_event(site, title="Отменено", starts_at=in_days(4))
    RegistrationFactory(event=soon, user=user, email=user.email, status=RegistrationStatus.WAITING)
    RegistrationFactory(event=later, user=user, email=user.email)
    RegistrationFactory(event=cancelled, user=user, email=user.email, status=RegistrationStatus.CANCELLED)
    RegistrationFactory(event=cancelled, user=UserFactory())
    client.force_login(user)

    response = client.get("/en/learning/")

    section = soup(response).find("section", class_="dashboard__events")
    links = [(a.get_text(), a["href"]) for a in section.find_all("a")]
    assert links == [("Скоро", soon.url), ("Later", english.url)]
    assert "On the waiting list" in text_of(response) and "Confirmed" in text_of(response)
