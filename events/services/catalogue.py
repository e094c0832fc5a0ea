"""What visitors see of events: upcoming and past lists, the month calendar, the feed, home and "My events".

Seats belong to the canonical (first-created) translation of an event, and every translation shares its
translation_key, so free seats are counted per translation_key in one subquery for a whole listing.
"""

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Case, Count, F, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR

from events.models import EventIndexPage, EventPage, EventType, Registration
from events.models.registrations import ACTIVE_STATUSES, SEAT_HOLDING_STATUSES
from events.services.registrations import closed_reason
from website.core.page_cache import note_page_shows_seats
from website.core.places import City

HOME_EVENTS_COUNT = 3
FIRST_CALENDAR_YEAR = 2000
LAST_CALENDAR_YEAR = 2100


@dataclass(frozen=True)
class EventFilters:
    city: str = ""
    event_type: str = ""
    language: str = ""

    @classmethod
    def from_query(cls, params):
        """Unknown values are ignored (the filter is simply not applied), never an error page."""
        city = params.get("city", "")
        event_type = params.get("type", "")
        language = params.get("language", "")
        return cls(
            city=city if city in City.values else "",
            event_type=event_type if event_type in EventType.values else "",
            language=language if language in dict(settings.LANGUAGES) else "",
        )

    @property
    def active(self):
        return bool(self.city or self.event_type or self.language)

    def query_string(self):
        """The filters as a query string for links (prev/next month), empty when none is set."""
        pairs = [("city", self.city), ("type", self.event_type), ("language", self.language)]
        return urlencode([(name, value) for name, value in pairs if value])

    def apply(self, events):
        if self.city:
            events = events.filter(city=self.city)
        if self.event_type:
            events = events.filter(event_type=self.event_type)
        if self.language:
            events = events.filter(event_language=self.language)
        return events


def filter_choices():
    return {"cities": City.choices, "event_types": EventType.choices, "event_languages": settings.LANGUAGES}


def public_events(locale_id):
    """Live, public events in one language (the language of the page that lists them)."""
    return EventPage.objects.live().public().filter(locale_id=locale_id)


def with_free_seats(events):
    """Annotate `seats_taken` and `free_seats` (None when unlimited) from the canonical event's registrations."""
    note_page_shows_seats()
    taken = (
        Registration.objects.filter(
            event__translation_key=OuterRef("translation_key"), status__in=SEAT_HOLDING_STATUSES
        )
        .order_by()
        .values("event__translation_key")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return events.annotate(seats_taken=Coalesce(Subquery(taken, output_field=IntegerField()), 0)).annotate(
        free_seats=Case(
            When(capacity__isnull=True, then=Value(None)),
            default=Greatest(F("capacity") - F("seats_taken"), 0),
            output_field=IntegerField(),
        )
    )


def upcoming_events(locale_id, filters, now=None):
    """Events not yet over, soonest first, with free seats."""
    now = now or timezone.now()
    events = filters.apply(public_events(locale_id)).filter(ends_at__gte=now)
    return with_free_seats(events).order_by("starts_at", "pk")


def past_events(locale_id, filters, now=None):
    """Events that are over, latest first."""
    now = now or timezone.now()
    return filters.apply(public_events(locale_id)).filter(ends_at__lt=now).order_by("-starts_at", "-pk")


def mark_closed(events, now=None):
    """Set `closed_reason` on each listed event (no query), so the list says when sign-up is closed."""
    now = now or timezone.now()
    for event in events:
        event.closed_reason = closed_reason(event, now)
    return events


@dataclass(frozen=True)
class CalendarDay:
    day: date
    in_month: bool
    is_today: bool
    events: list


@dataclass(frozen=True)
class MonthCalendar:
    first_day: date
    weeks: list
    previous_month: date
    next_month: date

    @property
    def weekdays(self):
        """(short, full) names of the weekdays, Monday first, in the active language."""
        return [(WEEKDAYS_ABBR[number], WEEKDAYS[number]) for number in range(7)]


def month_start(year, month):
    """The first day of a month, or ValueError for a month the calendar does not show."""
    if not FIRST_CALENDAR_YEAR <= year <= LAST_CALENDAR_YEAR:
        raise ValueError(year)
    return date(year, month, 1)


def local_midnight(day):
    return timezone.make_aware(datetime.combine(day, time.min), timezone.get_default_timezone())


def month_calendar(locale_id, filters, year, month, today=None):
    """Whole weeks (Monday first) around one month, each day with the events starting on it in Bishkek time."""
    first = month_start(year, month)
    following = (first + timedelta(days=32)).replace(day=1)
    dates = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(year, month)
    events = filters.apply(public_events(locale_id)).filter(
        starts_at__gte=local_midnight(dates[0][0]),
        starts_at__lt=local_midnight(dates[-1][-1] + timedelta(days=1)),
    )
    by_day = {}
    for event in events.order_by("starts_at", "pk"):
        by_day.setdefault(timezone.localtime(event.starts_at).date(), []).append(event)
    today = today or timezone.localdate()
    weeks = [
        [CalendarDay(day, day.month == month, day == today, by_day.get(day, [])) for day in week]
        for week in dates
    ]
    return MonthCalendar(
        first_day=first,
        weeks=weeks,
        previous_month=(first - timedelta(days=1)).replace(day=1),
        next_month=following,
    )


def feed_events(locale_id, now=None):
    """All public events in one language that are not over, for the iCal feed."""
    now = now or timezone.now()
    return public_events(locale_id).filter(ends_at__gte=now).order_by("starts_at", "pk")


def home_events(locale_id, now=None):
    """The next few events in one language and the index listing them (two queries)."""
    events = list(feed_events(locale_id, now)[:HOME_EVENTS_COUNT])
    index = EventIndexPage.objects.live().public().filter(locale_id=locale_id).order_by("pk").first()
    return events, index


def my_events(user, language, now=None):
    """A person's active registrations for events not yet over, each with the event page in `language`."""
    now = now or timezone.now()
    own = list(
        Registration.objects.filter(user=user, status__in=ACTIVE_STATUSES, event__ends_at__gte=now)
        .select_related("event")
        .order_by("event__starts_at")
    )
    keys = {registration.event.translation_key for registration in own}
    localized = {
        page.translation_key: page
        for page in EventPage.objects.live().filter(translation_key__in=keys, locale__language_code=language)
    }
    for registration in own:
        registration.page = localized.get(registration.event.translation_key, registration.event)
    return own
