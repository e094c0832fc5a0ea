"""A trainer who also organises an event works from a 390 px phone: no page runs off the screen, every link
and button in a table is at least 44 px tall, and one menu leads to cohorts, events and the check-in."""

import datetime

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from learning.factories import CohortFactory, CohortSessionFactory, ParticipantFactory
from tests.website.site_tree import build_site_tree
from website.accounts.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
MIN_TAP_PX = 44
# Every link, button and checkbox (measured by its label, the thing a finger presses) inside a table.
TAP_TARGETS_IN_TABLES = """() => [...document.querySelectorAll(
    'main table a, main table button, main table input[type=checkbox]')].map((element) => {
  const target = element.closest('label') || element;
  const box = target.getBoundingClientRect();
  return {text: (target.innerText || element.name || '').trim(), height: box.height};
})"""


@pytest.fixture
def trainer():
    return UserFactory(display_name="Жылдыз")


@pytest.fixture
def work(trainer):
    """A cohort with long names and addresses, and an event the trainer organises, with people signed up."""
    home = build_site_tree().homes["ru"]
    cohort = CohortFactory(trainers=[trainer], title="ToT для правозащитниц — Ош")
    session = CohortSessionFactory(cohort=cohort, title="Документирование нарушений и мониторинг")
    for n in range(3):
        ParticipantFactory(
            cohort=cohort,
            name=f"Гулзат Абдыкадырова-Токтогулова {n}",
            email=f"gulzat.abdykadyrova.toktogulova{n}@human-rights-network.example.org",
            phone="+996555123456",
        )
    starts_at = timezone.now() + datetime.timedelta(days=2)
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=home),
        title="День прав человека в Оше",
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=3),
    )
    event.organisers.add(trainer)
    event.save()
    for n in range(2):
        RegistrationFactory(event=event, name=f"Айпери Жумабекова {n}", phone="+996700000123")
    RegistrationFactory(event=event, name="Бакыт", status="waiting", confirmed_at=None)
    return {"cohort": cohort, "session": session, "event": event}


@pytest.fixture
def phone(page_for, trainer, live_server):
    """A 390 px phone whose browser carries the trainer's session."""
    client = Client()
    client.force_login(trainer)
    page = page_for(locale="en")
    page.set_viewport_size(PHONE)
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


def en(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def assert_fits_the_phone(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], page.url


def assert_table_targets_can_be_tapped(page):
    small = [target for target in page.evaluate(TAP_TARGETS_IN_TABLES) if target["height"] < MIN_TAP_PX]
    assert not small, f"{page.url}: {small}"


def test_the_trainers_pages_fit_a_390px_phone_and_can_be_tapped(phone, work):
    pages = [
        en("learning:my_cohorts"),
        en("learning:cohort_detail", work["cohort"].pk),
        en("learning:cohort_attendance", work["cohort"].pk, work["session"].pk),
        en("events:organiser_events"),
        en("events:organiser_participants", work["event"].pk),
        en("events:organiser_check_in", work["event"].pk),
    ]
    for path in pages:
        phone.goto(path)
        assert_fits_the_phone(phone)
        assert_table_targets_can_be_tapped(phone)

    phone.goto(en("events:organiser_participants", work["event"].pk))
    assert phone.locator("main table a").count() == 3


def test_a_table_row_becomes_a_card_naming_each_column(phone, work):
    phone.goto(en("learning:cohort_detail", work["cohort"].pk))

    row = phone.get_by_role("row").filter(
        has=phone.get_by_role("cell", name="Гулзат Абдыкадырова-Токтогулова 0", exact=True)
    )
    email = row.get_by_role("cell").filter(has_text="gulzat.abdykadyrova.toktogulova0@")

    expect(row).to_have_count(1)
    assert email.get_attribute("data-label") == "Contact"
    assert email.evaluate("cell => getComputedStyle(cell, '::before').display") == "block"
    assert phone.locator("main thead").evaluate("head => head.getBoundingClientRect().height") <= 1
    assert email.evaluate("cell => cell.getBoundingClientRect().right") <= PHONE["width"]


def test_one_menu_leads_from_the_cohorts_to_the_events_check_in(phone, work):
    phone.goto(en("learning:my_cohorts"))

    menu = phone.get_by_role("navigation", name="My work")
    menu.get_by_role("link", name="Check-in: День прав человека в Оше").click()

    expect(phone.get_by_role("heading", name="Check-in")).to_be_visible()
    for link in phone.get_by_role("navigation", name="My work").get_by_role("link").all():
        assert link.bounding_box()["height"] >= MIN_TAP_PX
        assert link.bounding_box()["x"] + link.bounding_box()["width"] <= PHONE["width"]
    phone.get_by_role("navigation", name="My work").get_by_role("link", name="My cohorts").click()
    expect(phone.get_by_role("heading", name="My cohorts")).to_be_visible()
