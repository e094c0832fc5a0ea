"""The event index: upcoming events with filters, the month calendar, past events and the iCal feed."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventType, RegistrationStatus
from tests.events.public_site import add_event, build_events_site, soup, text_of, translate_event
from website.core.places import City

pytestmark = pytest.mark.django_db

BISHKEK = ZoneInfo("Asia/Bishkek")


@pytest.fixture
def site():
    return build_events_site()


def in_days(days, hour=10):
    moment = timezone.localtime(timezone.now(), BISHKEK) + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".event-item__title a")]


def test_upcoming_events_of_the_pages_language_soonest_first(client, site):
    later = add_event(site, title="Позже", starts_at=in_days(20))
    sooner = add_event(site, title="Скоро", starts_at=in_days(3))
    add_event(site, title="Прошло", starts_at=in_days(-3))
    translate_event(site, later, "en", title="Later")
    translate_event(site, sooner, "en", title="Soon")
    site.index("ky")

    assert titles(client.get("/ru/events/")) == ["Скоро", "Позже"]
    assert titles(client.get("/en/events/")) == ["Soon", "Later"]
    assert titles(client.get("/ky/events/")) == []


def test_an_event_shows_type_bishkek_time_place_and_seats(client, site):
    start = datetime.datetime(2031, 12, 10, 4, 0, tzinfo=datetime.UTC)  # 10:00 in Bishkek
    add_event(
        site,
        title="День прав человека",
        event_type=EventType.HUMAN_RIGHTS_DAY,
        starts_at=start,
        city=City.OSH,
        venue="Ош, городской театр",
        capacity=20,
    )
    add_event(site, title="Вебинар", event_type=EventType.WEBINAR, city=City.ONLINE, venue="", capacity=None)

    page = text_of(client.get("/ru/events/"))

    assert "Human Rights Day activity" in page
    assert "10 декабря 2031, 10:00" in page and "(Bishkek time)" in page
    assert "Osh · Ош, городской театр" in page
    assert "20 seats left" in page
    assert "Online" in page and "No limit on seats" in page


def test_seats_left_count_the_canonical_events_registrations_in_every_language(client, site):
    event = add_event(site, title="Тренинг", capacity=3)
    translate_event(site, event, "ky", title="Тренинг ky")
    RegistrationFactory.create_batch(2, event=event, status=RegistrationStatus.CONFIRMED)
    RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    RegistrationFactory(event=event, status=RegistrationStatus.CANCELLED)

    assert "1 seat left" in text_of(client.get("/ky/events/"))
    assert "1 seat left" in text_of(client.get("/ru/events/"))


def test_a_full_event_invites_to_the_waiting_list_and_a_closed_one_says_why(client, site):
    full = add_event(site, title="Полный", capacity=1)
    RegistrationFactory(event=full)
    add_event(site, title="Закрыт", registration_open=False)

    page = text_of(client.get("/ru/events/"))

    assert "Full — join the waiting list" in page
    assert "Registration for this event is closed." in page


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_filters_by_city_type_and_event_language_in_every_language(client, site, language):
    events = [
        add_event(
            site, title="Osh training", city=City.OSH, event_type=EventType.TRAINING, event_language="ky"
        ),
        add_event(site, title="Bishkek screening", city=City.BISHKEK, event_type=EventType.SCREENING),
        add_event(
            site, title="Online webinar", city=City.ONLINE, event_type=EventType.WEBINAR, event_language="en"
        ),
    ]
    if language != "ru":
        for event in events:
            translate_event(site, event, language, title=f"{event.title} ({language})")
    suffix = "" if language == "ru" else f" ({language})"
    url = f"/{language}/events/"

    assert titles(client.get(url, {"city": "osh"})) == [f"Osh training{suffix}"]
    assert titles(client.get(url, {"type": "screening"})) == [f"Bishkek screening{suffix}"]
    assert titles(client.get(url, {"language": "en"})) == [f"Online webinar{suffix}"]
    assert titles(client.get(url, {"city": "osh", "type": "webinar"})) == []
    assert "No event matches these filters." in text_of(client.get(url, {"city": "osh", "type": "webinar"}))


def test_unknown_filter_values_are_ignored_not_an_error(client, site):
    add_event(site, title="Тренинг")

    response = client.get(
        "/ru/events/", {"city": "atlantis", "type": "<script>", "language": "xx", "page": "9"}
    )

    assert response.status_code == 200
    assert titles(response) == ["Тренинг"]


def test_the_list_is_paginated(client, site):
    for day in range(12):
        add_event(site, title=f"Событие {day:02}", starts_at=in_days(day + 1))

    first, second = client.get("/ru/events/"), client.get("/ru/events/", {"page": 2})

    assert titles(first) == [f"Событие {day:02}" for day in range(10)]
    assert titles(second) == ["Событие 10", "Событие 11"]


def test_past_events_are_listed_separately_latest_first(client, site):
    add_event(site, title="Будет", starts_at=in_days(5))
    add_event(site, title="Давно", starts_at=in_days(-30))
    add_event(site, title="Недавно", starts_at=in_days(-2))

    response = client.get("/ru/events/past/")

    assert titles(response) == ["Недавно", "Давно"]
    assert "seats left" not in text_of(response)


def calendar_cell(response, day):
    return soup(response).find("time", attrs={"datetime": day}).find_parent("td")


def test_month_calendar_is_a_table_with_events_linked_in_their_bishkek_day(client, site):
    # 20:30 UTC on 9 December is 02:30 on 10 December in Bishkek.
    event = add_event(
        site, title="Ночной показ", starts_at=datetime.datetime(2031, 12, 9, 20, 30, tzinfo=datetime.UTC)
    )

    response = client.get("/ru/events/calendar/2031/12/")

    table = soup(response).find("table")
    assert [th["scope"] for th in table.select("thead th")] == ["col"] * 7
    assert table.caption is not None
    cell = calendar_cell(response, "2031-12-10")
    assert cell.find("a")["href"] == event.url
    assert "02:30" in cell.get_text()
    assert calendar_cell(response, "2031-12-09").find("a") is None
    links = {link["rel"][0]: link["href"] for link in soup(response).select(".month__nav a")}
    assert links == {"prev": "/ru/events/calendar/2031/11/", "next": "/ru/events/calendar/2032/1/"}


def test_month_calendar_keeps_the_filters_in_its_month_links(client, site):
    add_event(
        site, title="Ош", city=City.OSH, starts_at=datetime.datetime(2031, 12, 1, 6, tzinfo=datetime.UTC)
    )
    add_event(site, title="Бишкек", starts_at=datetime.datetime(2031, 12, 2, 6, tzinfo=datetime.UTC))

    response = client.get("/ru/events/calendar/2031/12/", {"city": "osh"})

    assert [a.get_text(" ", strip=True) for a in soup(response).select(".month__events a")] == ["12:00 Ош"]
    assert soup(response).select_one(".month__nav a[rel=next]")["href"].endswith("?city=osh")


def test_the_calendar_opens_on_this_month(client, site):
    today = timezone.localdate()

    response = client.get("/ru/events/calendar/")

    assert soup(response).find("td", attrs={"aria-current": "date"}).time["datetime"] == today.isoformat()


@pytest.mark.parametrize("path", ["calendar/2031/13/", "calendar/1900/1/", "calendar/2031/0/"])
def test_an_impossible_month_is_not_found(client, site, path):
    assert client.get(f"/ru/events/{path}").status_code == 404


def test_the_ical_feed_lists_this_languages_upcoming_events(client, site):
    event = add_event(site, title="День прав человека", address="Секретный адрес 1")
    translate_event(site, event, "ky", title="Адам укуктары күнү")
    add_event(site, title="Прошло", starts_at=in_days(-5))

    index = client.get("/ky/events/")
    feed_url = soup(index).find("link", attrs={"rel": "alternate", "type": "text/calendar"})["href"]
    response = client.get(feed_url)

    assert feed_url == "/ky/events/feed/"
    assert response["Content-Type"].startswith("text/calendar")
    entries = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(entry["summary"]) for entry in entries] == ["Адам укуктары күнү"]
    assert "Секретный" not in response.content.decode()
    assert [
        str(e["summary"]) for e in Calendar.from_ical(client.get("/ru/events/feed/").content).walk("VEVENT")
    ] == ["День прав человека"]


def add_events(site, count):
    """Every other event is over; the coming ones all start in the month the calendar shows."""
    for number in range(count):
        event = EventPageFactory(parent=site.indexes["ru"], starts_at=in_days(2 if number % 2 else -2))
        RegistrationFactory(event=event)


def queries_for(client, url):
    """Queries of a second request, once the site-root cache exists."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_listings_run_the_same_number_of_queries_with_5_and_50_events(client, site):
    month = in_days(2)
    listings = ["/ru/events/", "/ru/events/past/", f"/ru/events/calendar/{month.year}/{month.month}/"]
    listings += ["/ru/events/feed/", "/ru/"]
    add_events(site, 5)
    with_5 = {url: queries_for(client, url) for url in listings}

    add_events(site, 45)
    with_50 = {url: queries_for(client, url) for url in listings}

    assert with_5 == with_50


@pytest.mark.parametrize(
    ("language", "heading", "title"),
    [("ky", "Иш-чаралар", "Тренинг ky"), ("ru", "События", "Тренинг"), ("en", "Events", "Training")],
)
def test_the_index_and_calendar_render_in_each_language(client, site, language, heading, title):
    event = add_event(
        site, title="Тренинг", starts_at=datetime.datetime(2031, 12, 10, 4, tzinfo=datetime.UTC)
    )
    translate_event(site, event, "ky", title="Тренинг ky")
    translate_event(site, event, "en", title="Training")

    listing = client.get(f"/{language}/events/")
    month = client.get(f"/{language}/events/calendar/2031/12/")

    assert soup(listing).h1.get_text(strip=True) == heading
    assert titles(listing) == [title]
    assert soup(listing).html["lang"] == language
    assert title in calendar_cell(month, "2031-12-10").get_text()
