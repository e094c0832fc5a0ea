"""Calendar files parsed back: the start in Bishkek time, the title in the person's language, who gets the place."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from events.factories import EventPageFactory
from events.services import registrations
from tests.events.public_site import add_event, build_events_site, translate_event
from website.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

START = datetime.datetime(2031, 12, 10, 4, 0, tzinfo=datetime.UTC)
ADDRESS = "12 Erkindik Boulevard, room 4"


@pytest.fixture
def event():
    site = build_events_site()
    event = add_event(site, title="День прав человека", starts_at=START, address=ADDRESS)
    translate_event(site, event, "ky", title="Адам укуктары күнү", address="Эркиндик бульвары 12")
    return event


def confirmation_calendar(mailoutbox):
    filename, content, mimetype = mailoutbox[-1].attachments[0]
    assert (filename, mimetype) == ("event.ics", "text/calendar")
    return Calendar.from_ical(content)


def test_the_kyrgyz_confirmation_has_the_kyrgyz_title_bishkek_time_and_the_address(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registrations.sign_up(
            event, name="Айбек", email="aibek@example.org", language="ky", user=UserFactory()
        )

    calendar = confirmation_calendar(mailoutbox)
    entry = calendar.walk("VEVENT")[0]
    start = entry.decoded("dtstart")

    assert str(entry["summary"]) == "Адам укуктары күнү"
    assert entry["dtstart"].params["TZID"] == "Asia/Bishkek"
    assert start == START and start.utcoffset() == datetime.timedelta(hours=6)
    assert start.astimezone(ZoneInfo("Asia/Bishkek")).hour == 10
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Bishkek"]
    assert "Эркиндик бульвары 12" in str(entry["location"])


def test_the_russian_confirmation_has_the_russian_title(
    event, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registrations.sign_up(event, name="Анна", email="anna@example.org", language="ru", user=UserFactory())

    entry = confirmation_calendar(mailoutbox).walk("VEVENT")[0]

    assert str(entry["summary"]) == "День прав человека"
    assert ADDRESS in str(entry["location"])


def test_the_public_file_of_the_kyrgyz_page_has_its_title_and_no_address(client, event):
    response = client.get(f"/ky/events/{event.slug}/calendar/")

    entry = Calendar.from_ical(response.content).walk("VEVENT")[0]

    assert str(entry["summary"]) == "Адам укуктары күнү"
    assert entry["dtstart"].params["TZID"] == "Asia/Bishkek"
    assert "Эркиндик" not in response.content.decode() and ADDRESS not in response.content.decode()


def test_the_feed_of_events_years_apart_carries_one_time_zone_covering_both(client, event):
    later = START.replace(year=2034)
    EventPageFactory(parent=event.get_parent().specific, title="Летняя школа", starts_at=later)

    calendar = Calendar.from_ical(client.get("/ru/events/feed/").content)
    zones = calendar.walk("VTIMEZONE")

    assert [str(zone["tzid"]) for zone in zones] == ["Asia/Bishkek"]
    valid_from, valid_until = re.search(r"from (\S+) to (\S+)\.", str(zones[0]["comment"])).groups()
    starts = sorted(entry.decoded("dtstart").date().isoformat() for entry in calendar.walk("VEVENT"))
    assert len(starts) == 2
    assert valid_from < starts[0] and starts[1] < valid_until
    assert zones[0].walk("STANDARD")[0].decoded("tzoffsetto") == datetime.timedelta(hours=6)
