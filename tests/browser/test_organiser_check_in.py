"""An organiser checks people in on a phone, losing the connection in the middle."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from tests.website.site_tree import build_site_tree
from website.accounts.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def organiser():
    return UserFactory()


@pytest.fixture
def event(organiser):
    index = EventIndexPageFactory(parent=build_site_tree().homes["ru"])
    event = EventPageFactory(parent=index, title="Human Rights Day in Osh")
    event.organisers.add(organiser)
    event.save()
    return event


def signed_in_phone(page_for, user, live_server):
    """A phone-sized page whose browser carries the user's session."""
    client = Client()
    client.force_login(user)
    page = page_for(locale="ru-RU")
    page.set_viewport_size({"width": 360, "height": 740})
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return page


def test_check_ins_made_offline_are_sent_when_the_phone_is_back_online(
    page_for, live_server, organiser, event
):
    aigul = RegistrationFactory(event=event, name="Aigul Sadykova")
    RegistrationFactory(event=event, name="Bakyt Osmonov")
    page = signed_in_phone(page_for, organiser, live_server)
    page.goto(reverse("events:organiser_check_in", args=[event.pk]))

    page.fill("[data-check-in-query]", "aig")
    expect(page.locator("[data-check-in-card]:visible")).to_have_count(1)

    page.context.set_offline(True)
    page.locator("[data-check-in-card]:visible [data-button-in]").click()
    page.wait_for_selector("[data-check-in-card]:visible [data-state-pending]:visible")

    aigul.refresh_from_db()
    assert aigul.checked_in_at is None
    expect(page.locator("[data-checked-in-count]")).to_have_text("1")
    expect(page.locator("[data-queue-notice]")).to_be_visible()

    page.context.set_offline(False)
    page.wait_for_selector("[data-queue-notice]", state="hidden")

    aigul.refresh_from_db()
    assert aigul.checked_in_at is not None and aigul.checked_in_by == organiser
    expect(page.locator("[data-check-in-card]:visible [data-button-out]")).to_be_visible()
