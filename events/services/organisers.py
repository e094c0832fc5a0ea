"""An event's organisers: which events they may see, its people, and registering someone for them.

Every organiser page reaches events through `events_for(user)`, so another event's people are never in reach.
"""

import json
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventPage, Registration, RegistrationSource, RegistrationStatus
from events.models.registrations import ACTIVE_STATUSES
from events.services.registrations import (
    AlreadyRegistered,
    SignUpError,
    cancel,
    canonical_event,
    lock_event,
    seats_left,
    sign_up,
)
from website.core.contacts import InvalidContact, clean_contact, comparable_phone, stored_contacts
from website.core.imports import ImportTarget, InvalidRow, RowStatus

ALREADY_REGISTERED = _("Someone with this email or phone is already registered for this event.")
SEAT_NOTE = _("Seat")
WAITING_NOTE = _("Waiting list")
PARTICIPANT_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.PENDING)
WAITING_STATUSES = (RegistrationStatus.WAITING, RegistrationStatus.OFFERED)


def canonical_events():
    """Each event once: its first-created translation, which holds its registrations and its organisers."""
    first_translation = (
        EventPage.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk").values("pk")[:1]
    )
    return EventPage.objects.filter(pk=Subquery(first_translation))


def events_for(user):
    """The events a user organises, or every event for a superuser."""
    if not user.is_authenticated:
        return EventPage.objects.none()
    events = canonical_events()
    return events if user.is_superuser else events.filter(organisers=user)


def registered_contacts(event):
    """Emails and phones of everyone actively registered (phones are encrypted, so compared here, not in SQL)."""
    contacts = set()
    for email, phone in Registration.objects.filter(event=event, status__in=ACTIVE_STATUSES).values_list(
        "email", "phone"
    ):
        contacts.update(stored_contacts(email, phone))
    return contacts


def register_participant(event, *, name, email, phone, language, answers=None):
    """An organiser registers one person: a seat if one is free, else the waiting list, as for any sign-up."""
    event = canonical_event(event)
    try:
        details = clean_contact(name, email, phone)
    except InvalidContact as error:
        raise SignUpError(error.reason) from error
    with transaction.atomic():
        lock_event(event)
        if registered_contacts(event).intersection(details.contacts()):
            raise SignUpError(ALREADY_REGISTERED)
        return sign_up(
            event,
            name=details.name,
            email=details.email,
            phone=details.phone,
            language=language,
            answers=answers,
            source=RegistrationSource.ORGANISER,
        )


def cancel_registration(registration):
    """Cancel someone's registration; returns the people the freed seat was offered to (first waiting)."""
    offered = Registration.objects.filter(event_id=registration.event_id, status=RegistrationStatus.OFFERED)
    already_offered = set(offered.values_list("pk", flat=True))
    cancel(registration)
    return list(offered.exclude(pk__in=already_offered))


class EventImport(ImportTarget):
    """People imported into an event: seats while they last, then the waiting list (as sign_up decides)."""

    duplicate_reason = _("Already registered for this event.")

    def __init__(self, event, language=None):
        self.event = canonical_event(event)
        self.language = language

    def clean(self, name, email, phone):
        return clean_contact(name, email, phone)

    def registered_contacts(self):
        return registered_contacts(self.event)

    def lock(self):
        lock_event(self.event)

    def place(self, accepted):
        left = seats_left(self.event)
        for position, row in enumerate(accepted):
            if left is None or position < left:
                row.note = SEAT_NOTE
            elif self.event.waiting_list:
                row.note = WAITING_NOTE
            else:
                row.status = RowStatus.INVALID
                row.reason = _("No seat is left and this event has no waiting list.")

    def add(self, details_list):
        try:
            return [
                sign_up(
                    self.event,
                    name=details.name,
                    email=details.email,
                    phone=details.phone,
                    language=self.language,
                    source=RegistrationSource.IMPORT,
                )
                for details in details_list
            ]
        except (AlreadyRegistered, SignUpError) as error:
            raise InvalidRow(error.message) from error


@dataclass
class ParticipantRow:
    registration: Registration
    answers: list
    questions: list = field(default_factory=list)

    def labelled_answers(self):
        """(question, answer) pairs, so that each answer's cell can name its question on a phone."""
        return [
            (question, answer) for (_id, question), answer in zip(self.questions, self.answers, strict=True)
        ]


def question_labels(page):
    """(block id, question) for each of an event's optional questions, in the page's language."""
    return [(block.id, block.value["question"]) for block in page.questions]


def answers_in_order(registration, questions):
    """The registration's answers (decrypted on load) in the order of the questions; '' where unanswered."""
    try:
        answers = json.loads(registration.answers) if registration.answers else {}
    except ValueError:
        answers = {}
    return [answers.get(block_id, "") for block_id, _question in questions]


def registrations_with_answers(registrations, questions):
    return [
        ParticipantRow(registration, answers_in_order(registration, questions), questions)
        for registration in registrations
    ]


def event_registrations(event):
    return Registration.objects.filter(event=event)


def participants(event, questions):
    """Confirmed people and guests still to confirm their email, by name."""
    registrations = event_registrations(event).filter(status__in=PARTICIPANT_STATUSES).order_by("name", "pk")
    return registrations_with_answers(registrations, questions)


def waiting_list(event, questions):
    """People waiting for a seat (and those offered one), first come first served."""
    registrations = (
        event_registrations(event).filter(status__in=WAITING_STATUSES).order_by("waiting_since", "pk")
    )
    return registrations_with_answers(registrations, questions)


def cancelled(event):
    return event_registrations(event).exclude(status__in=ACTIVE_STATUSES).order_by("-cancelled_at", "pk")


def local_time(moment):
    """A time as spreadsheet text in the site's time zone (Asia/Bishkek); '' when there is none."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def export_rows(event, questions):
    """Every registration of an event, active first, as rows for a spreadsheet (header first); phones in
    E.164 form, whatever form they were saved in."""
    header = [
        _("Name or pseudonym"),
        _("Email"),
        _("Phone"),
        _("Language"),
        _("Status"),
        _("Source"),
        _("Signed up"),
        _("Check-in code"),
        _("Checked in"),
        *[question for _block_id, question in questions],
    ]
    registrations = [*participants(event, questions), *waiting_list(event, questions)]
    registrations += registrations_with_answers(cancelled(event), questions)
    rows = [
        [
            row.registration.name,
            row.registration.email,
            comparable_phone(row.registration.phone),
            row.registration.get_language_display(),
            row.registration.get_status_display(),
            row.registration.get_source_display(),
            local_time(row.registration.created_at),
            row.registration.code,
            local_time(row.registration.checked_in_at),
            *row.answers,
        ]
        for row in registrations
    ]
    return [[str(cell) for cell in header], *rows]
