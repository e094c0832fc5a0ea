"""Event pages on a 360 px wide phone: nothing wider than the screen, the month grid scrolls, sign-up works."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.events.public_site import add_event, build_events_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def event():
    site = build_events_site()
    add_event(site, title="Короткое", starts_at=timezone.now() + datetime.timedelta(days=2))
    return add_event(
        site,
        title="Международный день прав человека: открытый разговор о правах и равенстве в Бишкеке",
        venue="Бишкек, центр города, большой зал библиотеки имени Токтогула",
        starts_at=timezone.now() + datetime.timedelta(days=3),
    )


def phone_page(page_for, path):
    page = page_for(locale="ru")
    page.set_viewport_size(PHONE)
    page.goto(path)
    return page


def page_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize("path", ["/ru/events/", "/ru/events/calendar/", "/ru/events/past/"])
def test_event_lists_fit_a_360px_screen(event, page_for, path):
    page = phone_page(page_for, path)

    assert page_width(page) <= PHONE["width"]


def test_the_month_grid_scrolls_inside_its_own_box(event, page_for):
    page = phone_page(page_for, "/ru/events/calendar/")

    grid = page.locator(".month__scroll")
    assert grid.evaluate("box => box.scrollWidth > box.clientWidth")
    assert page_width(page) <= PHONE["width"]


def test_a_guest_signs_up_from_a_phone(event, page_for):
    page = phone_page(page_for, event.url)
    assert page_width(page) <= PHONE["width"]

    page.get_by_label("Name or pseudonym").fill("Айгуль")
    page.locator("input[name=email]").fill("aigul@example.org")
    page.get_by_role("button", name="Sign up").click()

    expect(page.locator(".messages")).to_contain_text("open the link we have just emailed you")
    assert page_width(page) <= PHONE["width"]
