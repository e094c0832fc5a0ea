"""Journey 4: a guest signs up for a Human Rights Day activity, confirms, adds it to the calendar and
cancels; the person waiting for the seat is offered it and accepts."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import exactly, ui

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]


def event_title(screen):
    """The one-seat activity made for this run (see prepare_site.add_one_seat_events)."""
    return f"Human Rights Day in Karakol: open table ({screen})"


def sign_up(page, title, name, email, button):
    page.goto("/en/events/")
    page.get_by_role("link", name=title).click()
    page.get_by_label(exactly(ui("Name or pseudonym", "en"))).fill(name)
    page.get_by_label(exactly(ui("Email", "en"))).fill(email)
    page.get_by_role("button", name=ui(button, "en"), exact=True).click()


def follow_link(page, mailbox, email, path_part, button):
    page.goto(mailbox.link_to(email, path_part))
    page.get_by_role("button", name=ui(button, "en")).click()


def status(page):
    return page.get_by_role("status")


def seat_confirmed():
    """The confirmation up to the person's own check-in code, as a pattern matching its start."""
    message = "Your seat is confirmed. Your check-in code is %(code)s; we have emailed you the details and a calendar file."
    return re.compile(r"^\s*" + re.escape(ui(message, "en").split("%(code)s")[0]))


def test_a_guest_signs_up_confirms_and_cancels_and_the_next_person_takes_the_seat(journey, screen, tmp_path):
    title, mailbox, run = event_title(screen), journey.site.mailbox, uuid.uuid4().hex[:6]
    guest_email, waiting_email = f"guest-{run}@journeys.example", f"waiting-{run}@journeys.example"

    guest = journey.open(locale="en")
    sign_up(guest, title, "Nurlan", guest_email, "Sign up")
    follow_link(guest, mailbox, guest_email, "/confirm/", "Confirm my email and take my seat")
    expect(status(guest)).to_have_text(seat_confirmed())
    guest.get_by_role("link", name=title).click()
    with guest.expect_download() as download:
        guest.get_by_role("link", name=ui("Add to calendar (.ics)", "en")).click()
    calendar = tmp_path / "event.ics"
    download.value.save_as(calendar)
    assert "BEGIN:VEVENT" in calendar.read_text() and "Karakol" in calendar.read_text()

    waiting = journey.open(locale="en")
    sign_up(waiting, title, "Saltanat", waiting_email, "Join the waiting list")
    follow_link(waiting, mailbox, waiting_email, "/confirm/", "Confirm my email and take my seat")
    expect(status(waiting)).to_have_text(
        ui("All seats are taken, so you are on the waiting list. We will email you if a seat is freed.", "en")
    )

    follow_link(guest, mailbox, guest_email, "/cancel/", "Cancel my registration")
    expect(status(guest)).to_have_text(ui("Your registration is cancelled.", "en"))

    follow_link(waiting, mailbox, waiting_email, "/accept/", "Yes, I take the seat")
    expect(status(waiting)).to_have_text(seat_confirmed())
