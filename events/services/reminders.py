"""Messages a scan sends about events: reminders, "the time has changed" and requests for feedback.

A beat task runs `send_due_reminders` every minute. Every message is claimed by a SentReminder marker,
unique per recipient, kind and scheduled time, inserted in the same transaction that queues the email:
when two scans overlap, or a scan runs again after a worker died half-way, the second insert fails and
that message is not sent twice. Messages are committed in batches of COMMIT_EVERY (each message in its
own savepoint), so a worker that dies loses at most one uncommitted batch, which the next scan sends.

Which reminder goes out: per event, only the latest reminder whose time has come, and never once the
event has started. A reminder missed while the scan was down is not sent late when a later one is
already due. A person whose seat was confirmed after a reminder was due does not get that reminder:
their confirmation email, with the .ics, came later and says the same. Learners of a webinar's course
have had no such confirmation, so they get the latest due reminder whenever they enrolled.
"""

from datetime import timedelta
from functools import partial
from itertools import islice

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.utils import timezone

from events.models import EventPage, Registration, RegistrationStatus, ReminderKind, SentReminder
from events.models.pages import MAX_REMINDER_HOURS
from events.services.calendar import event_ics, translated_event
from events.services.notifications import ICS_MIMETYPE, link
from website.core.mail import batched_handover, language_for, send_templated_email
from website.core.translation import canonical_page

LONGEST_REMINDER = timedelta(hours=MAX_REMINDER_HOURS)
FEEDBACK_WINDOW = timedelta(days=7)
TOLD_ABOUT_NEW_TIME = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING, RegistrationStatus.OFFERED)
CANONICAL_DETAILS = ("starts_at", "ends_at", "city", "online_url")
COMMIT_EVERY = 100


class LocalizedPages:
    """Event and course pages in each language, with their URLs and .ics files, each looked up once per scan."""

    def __init__(self):
        self.cache = {}

    def remember(self, key, compute):
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def page(self, page, language):
        return self.remember(("page", page.pk, language), lambda: translated_event(page, language))

    def event(self, event, language):
        """The event's page in `language`, with the canonical event's time and online link.

        A translation that has not been synchronised yet may still hold the old time.
        """

        def localized():
            page = self.page(event, language)
            for name in CANONICAL_DETAILS:
                setattr(page, name, getattr(event, name))
            return page

        return self.remember(("event", event.pk, language), localized)

    def url(self, page, language):
        return self.remember(
            ("url", page.pk, language), lambda: settings.SITE_BASE_URL + self.page(page, language).url
        )

    def ics(self, event, language, *, private_details):
        """The event's .ics as an attachment; the exact place and online link only with `private_details`."""

        def attachment():
            content = event_ics(self.event(event, language), private_details=private_details)
            return [("event.ics", content.decode(), ICS_MIMETYPE)]

        return self.remember(("ics", event.pk, language, private_details), attachment)


def send_due_reminders(now=None):
    """Queue every message due now, each once; returns how many of each kind were queued."""
    now = now or timezone.now()
    pages = LocalizedPages()
    with batched_handover():
        return {
            "time_changed": announce_time_changes(now, pages),
            "reminders": remind_participants(now, pages),
            "feedback_requests": request_feedback(now, pages),
        }


def remember_announced_start(event):
    """At an event's first publication, record the start time people are told; the scan announces changes to it."""
    event = canonical_page(event)
    EventPage.objects.filter(pk=event.pk, announced_starts_at__isnull=True).update(
        announced_starts_at=F("starts_at")
    )


def canonical_events():
    """Events that own their registrations (the first-created translation), live in at least one language."""
    first = (
        EventPage.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk").values("pk")[:1]
    )
    live = EventPage.objects.live().filter(translation_key=OuterRef("translation_key"))
    return EventPage.objects.filter(pk=Subquery(first)).filter(Exists(live))


def unsent(kind, scheduled_for, **recipient):
    """A filter for the outer query's rows that have no marker yet of this kind and time."""
    return ~Exists(SentReminder.objects.filter(kind=kind, scheduled_for=scheduled_for, **recipient))


def deliver(claim, send):
    """Claim a marker and queue its email in one transaction, so both are committed or neither is.

    `claim` returns False, or raises IntegrityError from the unique marker, when another run got there first.
    """
    try:
        with transaction.atomic():
            if not claim():
                return False
            send()
    except IntegrityError:
        return False
    return True


def deliver_each(recipients, claim, send):
    """deliver() for each recipient, committing every COMMIT_EVERY: one commit per message cost a disk flush each.

    Returns how many were queued.
    """
    sent = 0
    recipients = iter(recipients)
    while batch := list(islice(recipients, COMMIT_EVERY)):
        with transaction.atomic():
            sent += sum(deliver(partial(claim, recipient), partial(send, recipient)) for recipient in batch)
    return sent


def insert_marker(**fields):
    SentReminder.objects.create(**fields)
    return True


def claim_marker(recipient_field, **marker):
    """A claim for deliver_each: insert this marker for the recipient (a registration or an enrolment)."""
    return lambda recipient: insert_marker(**{recipient_field: recipient}, **marker)


def registration_context(registration, event, pages, **extra):
    return {
        "registration": registration,
        "event": pages.event(event, registration.language),
        "event_url": pages.url(event, registration.language),
        "cancel_url": link("events:cancel", registration),
        **extra,
    }


# Reminders before the event


def latest_due_time(event, now):
    """When the reminder to send now fell due: the latest offset whose time has come; None once the event started."""
    if now >= event.starts_at:
        return None
    due_times = [event.starts_at - offset for offset in event.reminder_offsets]
    return max((due for due in due_times if due <= now), default=None)


def remind_participants(now, pages):
    """Send each event's latest due reminder to its confirmed people and, for a course's webinar, its learners."""
    sent = 0
    for event in canonical_events().filter(starts_at__gt=now, starts_at__lte=now + LONGEST_REMINDER):
        due = latest_due_time(event, now)
        if due is None:
            continue
        marker = {"event": event, "kind": ReminderKind.REMINDER, "scheduled_for": due}
        sent += deliver_each(
            registrations_to_remind(event, due),
            claim_marker("registration", **marker),
            partial(send_reminder, event=event, pages=pages),
        )
        if event.course_id:
            course = canonical_page(event.course)
            sent += deliver_each(
                learners_to_remind(event, course, due),
                claim_marker("enrolment", **marker),
                partial(send_webinar_reminder, event=event, course=course, pages=pages),
            )
    return sent


def registrations_to_remind(event, due):
    """Confirmed people with an email, already seated when the reminder fell due, not yet reminded for it."""
    seated_in_time = Q(confirmed_at__lte=due) | Q(confirmed_at__isnull=True, created_at__lte=due)
    return (
        Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
        .exclude(email="")
        .filter(seated_in_time, unsent(ReminderKind.REMINDER, due, registration=OuterRef("pk")))
    )


def learners_to_remind(event, course, due):
    """Active learners of the course who have no registration for the event (if they do, it decides what they get)."""
    registered = Registration.objects.filter(event=event).filter(
        Q(user=OuterRef("user")) | Q(email__iexact=OuterRef("user__email"))
    )
    return (
        course.enrolments.active()
        .filter(user__is_active=True)
        .exclude(user__email="")
        .exclude(Exists(registered))
        .filter(unsent(ReminderKind.REMINDER, due, event=event, enrolment=OuterRef("pk")))
        .select_related("user")
    )


def send_reminder(registration, event, pages):
    send_templated_email(
        "events/email/reminder",
        registration.email,
        registration_context(registration, event, pages),
        registration.language,
        attachments=pages.ics(event, registration.language, private_details=True),
    )


def send_webinar_reminder(enrolment, event, course, pages):
    """Remind a learner of their course's webinar, online link included: enrolment entitles them to it."""
    language = language_for(enrolment.user)
    context = {
        "learner": enrolment.user,
        "event": pages.event(event, language),
        "event_url": pages.url(event, language),
        "course": pages.page(course, language),
        "course_url": pages.url(course, language),
    }
    send_templated_email(
        "events/email/webinar_reminder",
        enrolment.user.email,
        context,
        language,
        attachments=pages.ics(event, language, private_details=True),
    )


# "The time has changed"


def announce_time_changes(now, pages):
    """Tell everyone registered (confirmed, waiting or offered a seat) that an upcoming event has moved."""
    sent = 0
    moved = (
        canonical_events()
        .filter(starts_at__gt=now, announced_starts_at__isnull=False)
        .exclude(announced_starts_at=F("starts_at"))
    )
    for event in moved:
        sent += deliver_each(
            people_to_tell_new_time(event),
            partial(claim_time_change, event=event),
            partial(send_time_changed, event=event, pages=pages),
        )
        EventPage.objects.filter(pk=event.pk, starts_at=event.starts_at).update(
            announced_starts_at=event.starts_at
        )
    return sent


def people_to_tell_new_time(event):
    """Registered people with an email whose latest "time changed" message is not about the current start."""
    last_told = (
        SentReminder.objects.filter(registration=OuterRef("pk"), kind=ReminderKind.TIME_CHANGED)
        .order_by("-queued_at", "-pk")
        .values("scheduled_for")[:1]
    )
    return (
        Registration.objects.filter(event=event, status__in=TOLD_ABOUT_NEW_TIME)
        .exclude(email="")
        .annotate(last_told=Subquery(last_told))
        .filter(Q(last_told__isnull=True) | ~Q(last_told=event.starts_at))
    )


def claim_time_change(registration, event):
    """Claim the "time changed" marker for the event's current start.

    When the event moves back to a time this person was told about before another change, the old
    marker is claimed again by moving its queued time forward (compare-and-set, so only one run wins).
    """
    markers = SentReminder.objects.filter(registration=registration, kind=ReminderKind.TIME_CHANGED)
    latest = markers.order_by("-queued_at", "-pk").first()
    if latest is not None and latest.scheduled_for == event.starts_at:
        return False
    earlier = markers.filter(scheduled_for=event.starts_at).first()
    if earlier is None:
        return insert_marker(
            event=event,
            registration=registration,
            kind=ReminderKind.TIME_CHANGED,
            scheduled_for=event.starts_at,
        )
    return markers.filter(pk=earlier.pk, queued_at=earlier.queued_at).update(queued_at=timezone.now()) == 1


def send_time_changed(registration, event, pages):
    """The new time with a fresh .ics; the exact place only for people who hold a confirmed seat."""
    send_templated_email(
        "events/email/time_changed",
        registration.email,
        registration_context(registration, event, pages, previous_starts_at=event.announced_starts_at),
        registration.language,
        attachments=pages.ics(event, registration.language, private_details=registration.is_confirmed),
    )


# Feedback after the event


def request_feedback(now, pages):
    """Ask people who were checked in at an event that ended in the last week for feedback, once."""
    sent = 0
    for event in canonical_events().filter(ends_at__lte=now, ends_at__gt=now - FEEDBACK_WINDOW):
        attended = (
            Registration.objects.filter(event=event, checked_in_at__isnull=False, feedback__isnull=True)
            .exclude(email="")
            .filter(unsent(ReminderKind.FEEDBACK_REQUEST, event.ends_at, registration=OuterRef("pk")))
        )
        sent += deliver_each(
            attended,
            claim_marker(
                "registration", event=event, kind=ReminderKind.FEEDBACK_REQUEST, scheduled_for=event.ends_at
            ),
            partial(send_feedback_request, event=event, pages=pages),
        )
    return sent


def send_feedback_request(registration, event, pages):
    send_templated_email(
        "events/email/feedback_request",
        registration.email,
        registration_context(registration, event, pages, feedback_url=link("events:feedback", registration)),
        registration.language,
    )
