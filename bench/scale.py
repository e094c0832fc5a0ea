"""The bench's scale set on top of the demo site: hundreds of pages and ten thousand registrations, made fast.

Pages go in with one treebeard `add_child` each (multi-table page models cannot be bulk-created) inside
one transaction with Wagtail's reference index paused; registrations, people and sessions are bulk-created.
Everything is Russian, the demo's source language, under the demo's own indexes.
"""

import datetime
import itertools
import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update

from events.models import EventIndexPage, EventPage, EventType, Registration, RegistrationStatus, SentReminder
from events.models.registrations import CHECK_IN_CODE_ALPHABET, CHECK_IN_CODE_LENGTH
from learning.models import CourseIndexPage, CoursePage
from website.accounts.middleware import LAST_SEEN_KEY, now_seconds
from website.core.places import City
from website.home.models import HomePage
from website.news.models import NewsIndexPage, NewsPage

NEWS_ITEMS = 500
COURSES = 100
EVENTS = 200
REGISTRATIONS = 10_000
SIGN_UP_SEATS = 50
REMINDED_EMAIL_DOMAIN = "reminded.bench.example"
SIGN_UP_EMAIL_DOMAIN = "signup.bench.example"
PARAGRAPH = (
    "<p>Участники сети провели встречу с представителями местных органов власти и правозащитниками, "
    "обсудили доступ к правовой помощи и договорились о следующих шагах.</p>"
)


def source_locale():
    return Locale.objects.get(language_code="ru")


def index_page(model):
    return model.objects.get(locale=source_locale())


def is_loaded():
    return NewsPage.objects.filter(slug__startswith="bench-news-").count() >= NEWS_ITEMS


def load_scale_set():
    """Add the news, courses, events and registrations; returns the events whose reminders are due now."""
    with disable_reference_index_auto_update(), transaction.atomic():
        add_news(index_page(NewsIndexPage), NEWS_ITEMS)
        add_courses(index_page(CourseIndexPage), COURSES)
        soon = add_events(event_index(), EVENTS)
        add_registrations(soon, REGISTRATIONS // len(soon))
    return soon


def add_news(index, count):
    today = timezone.localdate()
    for number in range(count):
        page = NewsPage(
            title=f"Новость сети № {number + 1}",
            slug=f"bench-news-{number + 1}",
            locale=index.locale,
            date=today - datetime.timedelta(days=number + 1),
            summary="Короткий рассказ о событии в регионе и о том, что оно значит для людей.",
            body=[("paragraph", RichText(PARAGRAPH))],
        )
        if number % 5 == 0:
            page.tags.add("права человека")
        index.add_child(instance=page)


def add_courses(index, count):
    for number in range(count):
        index.add_child(
            instance=CoursePage(
                title=f"Курс № {number + 1}",
                slug=f"bench-course-{number + 1}",
                locale=index.locale,
                summary="Чему учит курс и для кого он.",
            )
        )


def event_index():
    index = EventIndexPage.objects.filter(locale=source_locale()).first()
    if index is None:
        home = HomePage.objects.get(locale=source_locale())
        index = home.add_child(instance=EventIndexPage(title="События", slug="events", locale=home.locale))
    return index


def add_events(index, count):
    """Half of the events start in 20 hours (their 24-hour reminder is due), half in the coming weeks."""
    now = timezone.now()
    soon = []
    for number in range(count):
        starts_at = now + (
            datetime.timedelta(hours=20) if number % 2 == 0 else datetime.timedelta(weeks=2 + number % 8)
        )
        event = index.add_child(
            instance=EventPage(
                title=f"Встреча № {number + 1}",
                slug=f"bench-event-{number + 1}",
                locale=index.locale,
                event_type=EventType.TRAINING,
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=3),
                city=City.BISHKEK,
                venue="Бишкек, центр города",
                event_language="ru",
                summary="Открытая встреча о правах человека.",
                capacity=150,
            )
        )
        if number % 2 == 0:
            soon.append(event)
    return soon


def add_registrations(events, per_event):
    """Confirmed people, seated two days ago, one address each: every one of them is due a reminder."""
    confirmed_at = timezone.now() - datetime.timedelta(days=2)
    codes = unique_check_in_codes(len(events) * per_event)
    numbers = itertools.count(1)
    Registration.objects.bulk_create(
        [
            Registration(
                event=event,
                name=f"Участник {number}",
                email=f"person{number}@{REMINDED_EMAIL_DOMAIN}",
                language="ru",
                status=RegistrationStatus.CONFIRMED,
                confirmed_at=confirmed_at,
                code=next(codes),
            )
            for event in events
            for number in itertools.islice(numbers, per_event)
        ],
        batch_size=1000,
    )


def arm_reminders():
    """Make the 24-hour reminder of every bench event starting soon due now, and unsent; returns how many."""
    soon = EventPage.objects.filter(slug__startswith="bench-event-", registrations__isnull=False).distinct()
    starts_at = timezone.now() + datetime.timedelta(hours=20)
    with transaction.atomic():
        SentReminder.objects.filter(event__in=soon).delete()
        EventPage.objects.filter(pk__in=soon.values("pk")).update(
            starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=3), announced_starts_at=None
        )
    return Registration.objects.filter(event__in=soon, status=RegistrationStatus.CONFIRMED).count()


def unique_check_in_codes(count):
    codes = set()
    while len(codes) < count:
        codes.add("".join(secrets.choice(CHECK_IN_CODE_ALPHABET) for _ in range(CHECK_IN_CODE_LENGTH)))
    return iter(codes)


def add_sign_up_event():
    """A fresh event with 50 seats and a waiting list, for the sign-up race."""
    index = event_index()
    starts_at = timezone.now() + datetime.timedelta(days=30)
    with transaction.atomic():
        return index.add_child(
            instance=EventPage(
                title=f"Гонка за места {secrets.token_hex(3)}",
                slug=f"bench-sign-up-{secrets.token_hex(4)}",
                locale=index.locale,
                event_type=EventType.HUMAN_RIGHTS_DAY,
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=3),
                city=City.BISHKEK,
                venue="Бишкек, площадь",
                event_language="ru",
                capacity=SIGN_UP_SEATS,
                waiting_list=True,
            )
        )


def signed_in_sessions(count):
    """Session keys of `count` new people with a verified address, as if each had just logged in.

    Signing in starts the idle clock, so each session holds the time it was last used, as a real one does.
    """
    tag = secrets.token_hex(4)
    User = get_user_model()
    with transaction.atomic():
        users = User.objects.bulk_create(
            [
                User(email=f"person{number}-{tag}@{SIGN_UP_EMAIL_DOMAIN}", display_name=f"Участница {number}")
                for number in range(count)
            ]
        )
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users]
        )
    return [session_for(user) for user in users]


def session_for(user):
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[LAST_SEEN_KEY] = now_seconds()
    session.create()
    return session.session_key
