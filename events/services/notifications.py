"""Emails to people who sign up: each in the person's language, with the event's .ics when they hold a seat.

A registration email is queued as a row of ids in the sign-up's transaction and written by the worker
when it is sent (website.core.outbox), so a sign-up renders nothing while it holds the event's seat lock.
It then shows the registration as it is at that moment: the exact place only while the seat is held.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from events.models import Registration
from events.services.calendar import registration_ics, translated_event
from website.core.mail import queue_composed_email, render_email
from website.core.outbox import ComposedEmail

ICS_MIMETYPE = "text/calendar"
COMPOSER = "events.services.notifications.compose"
LINKS = {
    "confirm_email": {"confirm_url": "events:confirm"},
    "seat_offered": {"accept_url": "events:accept_offer"},
    "already_registered": {"confirm_url": "events:confirm", "accept_url": "events:accept_offer"},
}
WITH_CALENDAR_FILE = {"seat_confirmed"}


def link(name, registration, language=None):
    """A link of a registration's emails, in `language` or the registration's own."""
    with translation.override(language or registration.language):
        return settings.SITE_BASE_URL + reverse(name, args=[registration.token])


def context_for(registration, language, **extra):
    page = translated_event(registration.event, language)
    return {
        "registration": registration,
        "event": page,
        "event_url": settings.SITE_BASE_URL + page.url,
        "cancel_url": link("events:cancel", registration, language),
        **extra,
    }


def ics_attachment(registration):
    return [("event.ics", registration_ics(registration).decode(), ICS_MIMETYPE)]


def send(registration, template, **arguments):
    """Queue the email `template` to the registration's address, if it has one."""
    if registration.email:
        queue_composed_email(COMPOSER, registration=registration.pk, template=template, **arguments)


def compose(registration, template, language=None):
    """The email `template` for a registration as it is now; None once the registration or its address is gone.

    It is written in `language`, else in the registration's own.
    """
    registration = Registration.objects.select_related("event").filter(pk=registration).first()
    if registration is None or not registration.email:
        return None
    language = language or registration.language
    links = {name: link(view, registration, language) for name, view in LINKS.get(template, {}).items()}
    subject, text, html = render_email(
        f"events/email/{template}", context_for(registration, language, **links), language
    )
    attachments = ics_attachment(registration) if template in WITH_CALENDAR_FILE else []
    return ComposedEmail(subject, text, html, [registration.email], attachments)


def ask_guest_to_confirm(registration):
    send(registration, "confirm_email")


def confirm_seat(registration):
    send(registration, "seat_confirmed")


def confirm_waiting(registration):
    send(registration, "waiting_list")


def offer_seat(registration):
    send(registration, "seat_offered")


def tell_offer_expired(registration):
    send(registration, "offer_expired")


def confirm_cancellation(registration):
    send(registration, "cancelled")


def tell_already_registered(registration, language):
    """To someone who signed up again as a guest: their registration as it stands, in the language they used."""
    send(registration, "already_registered", language=language)
