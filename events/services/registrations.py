"""Sign-ups, guests' email confirmation, seats, the waiting list and offers of freed seats.

Every change to who holds a seat happens under a row lock on the event, so seats are never
oversold however many people sign up at once.
"""

import json
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventPage, Registration, RegistrationSource, RegistrationStatus
from events.models.registrations import ACTIVE_STATUSES, SEAT_HOLDING_STATUSES
from events.services import notifications
from website.core.contacts import InvalidContact, clean_contact
from website.core.translation import canonical_page

GUEST_CONFIRMATION_HOURS = 48
MAX_ANSWER_LENGTH = 1000
ALREADY_REGISTERED = _("This email is already registered for this event.")
EMAIL_TO_CONFIRM = _("Give an email address so we can confirm your seat.")


class SignUpError(Exception):
    """A sign-up cannot be saved; `message` is translated and says why."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class AlreadyRegistered(SignUpError):
    def __init__(self, registration=None):
        super().__init__(ALREADY_REGISTERED)
        self.registration = registration


class LinkError(Exception):
    """A confirmation, cancellation or offer link that is forged, expired or already used."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def canonical_event(event):
    """The first-created translation of an event: registrations and seats belong to it."""
    return event if event.pk is None else canonical_page(event)


def lock_event(event):
    """Serialise changes to one event's seats (a row lock on PostgreSQL, held until the transaction ends)."""
    list(EventPage.objects.select_for_update(of=("self",)).filter(pk=event.pk).values_list("pk"))


SIGN_UP_FIELDS = (
    "translation_key",
    "capacity",
    "waiting_list",
    "registration_open",
    "registration_deadline",
    "starts_at",
    "questions",
)


def lock_canonical_event(event):
    """The event's canonical translation, read and row-locked in one query (held until the transaction ends).

    Only the fields a sign-up decides on are read; the others load if something asks for them.
    """
    return (
        EventPage.objects.select_for_update(of=("self",))
        .filter(translation_key=event.translation_key)
        .order_by("pk")
        .only(*SIGN_UP_FIELDS)
        .first()
    )


def seats_taken(event):
    return Registration.objects.filter(event=event, status__in=SEAT_HOLDING_STATUSES).count()


def seats_taken_and_earlier_registration(event, email, user):
    """The seats held and the id of the person's earlier registration (or None), in one query."""
    match = Q(user=user) if user is not None else Q(pk__in=[])
    if email:
        match |= Q(email=email)
    found = Registration.objects.filter(event=event).aggregate(
        taken=Count("pk", filter=Q(status__in=SEAT_HOLDING_STATUSES)), earlier=Max("pk", filter=match)
    )
    return found["taken"], found["earlier"]


def seats_left(event):
    """Free seats, or None when the event has no limit."""
    if event.capacity is None:
        return None
    return max(event.capacity - seats_taken(event), 0)


def closed_reason(event, now=None):
    """Why nobody can sign up for an event now (translated), or None while registration is open."""
    now = now or timezone.now()
    if not event.registration_open:
        return _("Registration for this event is closed.")
    if event.registration_deadline and now > event.registration_deadline:
        return _("The registration deadline has passed.")
    if now >= event.starts_at:
        return _("This event has already started.")
    return None


def clean_sign_up(name, email, phone, answers, questions, *, email_required=True):
    """Normalised (name, email, phone, answers JSON), or SignUpError naming the first problem.

    People signing themselves up need an email to confirm; an organiser may register someone by phone.
    """
    try:
        contact = clean_contact(
            name, email, phone, missing_email=EMAIL_TO_CONFIRM if email_required else None
        )
    except InvalidContact as error:
        raise SignUpError(error.reason) from error
    return contact.name, contact.email, contact.phone, clean_answers(answers, questions)


def clean_answers(answers, questions):
    """Only answers to the event's own questions, trimmed; JSON text ('' when none)."""
    known = {block.id for block in questions}
    kept = {}
    for key, value in (answers or {}).items():
        value = (value or "").strip()
        if key not in known or not value:
            continue
        if len(value) > MAX_ANSWER_LENGTH:
            raise SignUpError(_("An answer is longer than 1,000 characters."))
        kept[key] = value
    return json.dumps(kept, ensure_ascii=False) if kept else ""


def sign_up(
    event, *, name, email, language, user=None, phone="", answers=None, source=RegistrationSource.SELF
):
    """Register someone for an event and tell them by email.

    Signed-in people (whose email is verified) and people registered by an organiser get a seat or a
    place on the waiting list at once; guests first confirm their email by a link (double opt-in).

    A guest whose address is already registered changes nothing and gets no error, so that the answer
    never tells whether someone signed up: the address's owner is told by email, and the existing
    registration is returned. Anyone else already registered gets AlreadyRegistered.
    """
    verified = user is not None or source != RegistrationSource.SELF
    now = timezone.now()
    try:
        with transaction.atomic():
            event = lock_canonical_event(event)
            name, email, phone, answers_json = clean_sign_up(
                name, email, phone, answers, event.questions, email_required=source == RegistrationSource.SELF
            )
            if source == RegistrationSource.SELF and (reason := closed_reason(event, now)):
                raise SignUpError(reason)
            taken, earlier = seats_taken_and_earlier_registration(event, email, user)
            registration = earlier_or_new_registration(event, earlier)
            if is_active(registration, now):
                if verified:
                    raise AlreadyRegistered(registration)
                notifications.tell_already_registered(registration, language)
                return registration
            registration.user = user or registration.user
            registration.name, registration.email, registration.phone = name, email, phone
            registration.answers, registration.language, registration.source = answers_json, language, source
            restart(registration, now)
            if verified:
                allocate_seat(event, registration, now, taken)
            else:
                registration.save()
                notifications.ask_guest_to_confirm(registration)
    except IntegrityError as error:
        # Only a sign-up with the same address or account committed since this one's check gets here.
        existing = None if verified else Registration.objects.filter(event=event, email=email).first()
        if existing is None:
            raise AlreadyRegistered() from error
        notifications.tell_already_registered(existing, language)
        return existing
    return registration


def restart(registration, now):
    """A new or reused registration starts over as pending, with none of an earlier one's dates."""
    registration.cancelled_at = registration.offer_expires_at = registration.confirmed_at = None
    registration.status = RegistrationStatus.PENDING
    registration.created_at = now


def earlier_or_new_registration(event, earlier_id):
    """The person's earlier registration for the event, or a new one (unsaved)."""
    if earlier_id is None:
        return Registration(event=event)
    return Registration.objects.get(pk=earlier_id)


def is_active(registration, now):
    """Whether a registration still stands: saved, not cancelled, and not a guest's lapsed confirmation.

    A sign-up never confirmed within GUEST_CONFIRMATION_HOURS is reused by signing up again, which its
    expired link asks for.
    """
    if registration.pk is None or registration.status not in ACTIVE_STATUSES:
        return False
    return not (
        registration.status == RegistrationStatus.PENDING
        and now - registration.created_at > timedelta(hours=GUEST_CONFIRMATION_HOURS)
    )


def allocate_seat(event, registration, now, taken):
    """Give a seat if one is free, else a place on the waiting list, else SignUpError (full). Lock held.

    `taken` is the number of seats held, counted under the lock.
    """
    if event.capacity is None or taken < event.capacity:
        registration.status, registration.confirmed_at, registration.waiting_since = (
            RegistrationStatus.CONFIRMED,
            now,
            None,
        )
        registration.save()
        notifications.confirm_seat(registration)
    elif event.waiting_list:
        registration.status, registration.waiting_since = RegistrationStatus.WAITING, now
        registration.save()
        notifications.confirm_waiting(registration)
    else:
        raise SignUpError(_("All seats are taken and this event has no waiting list."))


def registration_for_token(token, *, lock=False):
    queryset = Registration.objects.select_related("event")
    if lock:
        queryset = queryset.select_for_update(of=("self",))
    try:
        return queryset.get(token=token)
    except (Registration.DoesNotExist, ValidationError, ValueError) as error:
        raise LinkError(_("This link is not valid. Check that you copied all of it.")) from error


def confirm_guest(token):
    """A guest confirms their email: they get a seat, a place on the waiting list, or a clear reason why not."""
    now = timezone.now()
    with transaction.atomic():
        registration = registration_for_token(token)
        lock_event(registration.event)
        registration.refresh_from_db()
        if registration.status != RegistrationStatus.PENDING:
            if registration.status in ACTIVE_STATUSES:
                return registration
            raise LinkError(_("This registration was cancelled, so the link no longer works."))
        if now - registration.created_at > timedelta(hours=GUEST_CONFIRMATION_HOURS):
            raise LinkError(_("This confirmation link has expired. Please sign up again."))
        if reason := closed_reason(registration.event, now):
            raise LinkError(reason)
        try:
            allocate_seat(registration.event, registration, now, seats_taken(registration.event))
        except SignUpError as error:
            raise LinkError(error.message) from error
    return registration


def cancel(registration, now=None):
    """Cancel a registration; a freed seat is offered to the first person waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        lock_event(registration.event)
        registration.refresh_from_db()
        if registration.status not in ACTIVE_STATUSES:
            return registration
        freed = registration.holds_seat
        registration.status, registration.cancelled_at, registration.offer_expires_at = (
            RegistrationStatus.CANCELLED,
            now,
            None,
        )
        registration.save(update_fields=["status", "cancelled_at", "offer_expires_at"])
        notifications.confirm_cancellation(registration)
        if freed:
            offer_free_seats(registration.event, now)
    return registration


def cancel_by_token(token):
    registration = registration_for_token(token)
    if registration.event.starts_at <= timezone.now():
        raise LinkError(_("This event has already started, so the registration can no longer be cancelled."))
    return cancel(registration)


def offer_free_seats(event, now):
    """Offer each free seat to the longest-waiting person, who has the event's offer time to accept. Lock held."""
    left = seats_left(event)
    if left is None or left == 0 or event.starts_at <= now:
        return []
    waiting = list(
        Registration.objects.filter(event=event, status=RegistrationStatus.WAITING).order_by(
            "waiting_since", "pk"
        )[:left]
    )
    deadline = min(now + timedelta(hours=event.offer_hours), event.starts_at)
    for registration in waiting:
        registration.status, registration.offer_expires_at = RegistrationStatus.OFFERED, deadline
        registration.save(update_fields=["status", "offer_expires_at"])
        notifications.offer_seat(registration)
    return waiting


def ensure_offer_open(registration, now):
    """LinkError unless the registration holds a seat offer that has not expired."""
    if registration.status == RegistrationStatus.EXPIRED or (
        registration.status == RegistrationStatus.OFFERED and registration.offer_expires_at <= now
    ):
        raise LinkError(_("This offer has expired and the seat went to the next person waiting."))
    if registration.status != RegistrationStatus.OFFERED:
        raise LinkError(_("There is no seat offer for this registration."))


def accept_offer(token):
    """The person offered a freed seat takes it, if the offer has not expired."""
    now = timezone.now()
    with transaction.atomic():
        registration = registration_for_token(token)
        lock_event(registration.event)
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CONFIRMED:
            return registration
        ensure_offer_open(registration, now)
        registration.status, registration.confirmed_at, registration.offer_expires_at = (
            RegistrationStatus.CONFIRMED,
            now,
            None,
        )
        registration.save(update_fields=["status", "confirmed_at", "offer_expires_at"])
        notifications.confirm_seat(registration)
    return registration


def expire_offers(now=None):
    """Offers not accepted in time lapse and their seats go to the next people waiting; returns how many lapsed."""
    now = now or timezone.now()
    event_ids = set(
        Registration.objects.filter(status=RegistrationStatus.OFFERED, offer_expires_at__lte=now).values_list(
            "event_id", flat=True
        )
    )
    expired = 0
    for event in EventPage.objects.filter(pk__in=event_ids):
        with transaction.atomic():
            lock_event(event)
            lapsed = list(
                Registration.objects.filter(
                    event=event, status=RegistrationStatus.OFFERED, offer_expires_at__lte=now
                )
            )
            for registration in lapsed:
                registration.status = RegistrationStatus.EXPIRED
                registration.save(update_fields=["status"])
                notifications.tell_offer_expired(registration)
            expired += len(lapsed)
            offer_free_seats(event, now)
    return expired
