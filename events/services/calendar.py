"""iCalendar (.ics) files: one event for a person's calendar, or the feed of all public events in a language."""

import functools
from datetime import date
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event, Timezone

PRODUCT_ID = "-//Birge//Events//EN"


def translated_event(event, language):
    """An event's live translation in a language, else the event itself."""
    localized = event.get_translations(inclusive=True).live().filter(locale__language_code=language).first()
    return (localized or event).specific


def new_calendar(name=""):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def calendar_entry(page, *, uid_key, private_details=False):
    """A VEVENT for an event page in its own language; the exact place only for confirmed people."""
    zone = ZoneInfo(settings.TIME_ZONE)
    entry = Event()
    entry.add("uid", f"{uid_key}@birge")
    entry.add("summary", page.title)
    entry.add("dtstart", page.starts_at.astimezone(zone))
    entry.add("dtend", page.ends_at.astimezone(zone))
    entry.add("dtstamp", page.last_published_at or page.latest_revision_created_at or page.starts_at)
    entry.add("url", settings.SITE_BASE_URL + page.url)
    if page.summary:
        entry.add("description", page.summary)
    location = place_for(page, private_details)
    if location:
        entry.add("location", location)
    return entry


def place_for(page, private_details):
    parts = [page.venue]
    if private_details:
        parts += [page.address, page.online_url]
    return ", ".join(part.strip() for part in parts if part and part.strip())


def with_time_zones(calendar, pages):
    """Add the VTIMEZONE definitions the entries refer to, covering the whole years of these events."""
    if pages:
        first_year = min(page.starts_at for page in pages).year - 1
        last_year = max(page.ends_at for page in pages).year + 1
        for position, tzid in enumerate(sorted(calendar.get_missing_tzids())):
            calendar.subcomponents.insert(position, time_zone_definition(tzid, first_year, last_year))
    return calendar


@functools.lru_cache(maxsize=64)
def time_zone_definition(tzid, first_year, last_year):
    """A VTIMEZONE from 1 January of `first_year` to the end of `last_year`, built once per process.

    Building one scans the zone's offsets in small steps (about 40 ms), more than the rest of a sign-up.
    """
    return Timezone.from_tzid(tzid, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1))


def event_ics(page, *, private_details=False):
    """The .ics of one event page (bytes)."""
    calendar = new_calendar()
    calendar.add_component(
        calendar_entry(page, uid_key=f"event-{page.translation_key}", private_details=private_details)
    )
    return with_time_zones(calendar, [page]).to_ical()


def registration_ics(registration):
    """The .ics sent to a confirmed person: the event in their language, with the exact place."""
    page = translated_event(registration.event, registration.language)
    return event_ics(page, private_details=registration.is_confirmed)


def feed_ics(pages, name):
    """A calendar of many events (public details only)."""
    pages = list(pages)
    calendar = new_calendar(name)
    for page in pages:
        calendar.add_component(calendar_entry(page, uid_key=f"event-{page.translation_key}"))
    return with_time_zones(calendar, pages).to_ical()
