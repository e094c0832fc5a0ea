"""Emails to people who sign up: each in the person's language, with the event's .ics when they hold a seat."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from events.services.calendar import registration_ics, translated_event
from website.core.mail import send_templated_email

ICS_MIMETYPE = "text/calendar"


def link(name, registration):
    with translation.override(registration.language):
        return settings.SITE_BASE_URL + reverse(name, args=[registration.token])


def context_for(registration, **extra):
    page = translated_event(registration.event, registration.language)
    return {
        "registration": registration,
        "event": page,
        "event_url": settings.SITE_BASE_URL + page.url,
        "cancel_url": link("events:cancel", registration),
        **extra,
    }


def ics_attachment(registration):
    return [("event.ics", registration_ics(registration).decode(), ICS_MIMETYPE)]


def send(registration, template, *, attachments=(), **extra):
    if not registration.email:
        return
    send_templated_email(
        f"events/email/{template}",
        registration.email,
        context_for(registration, **extra),
        registration.language,
        attachments=attachments,
    )


def ask_guest_to_confirm(registration):
    send(registration, "confirm_email", confirm_url=link("events:confirm", registration))


def confirm_seat(registration):
    send(registration, "seat_confirmed", attachments=ics_attachment(registration))


def confirm_waiting(registration):
    send(registration, "waiting_list")


def offer_seat(registration):
    send(registration, "seat_offered", accept_url=link("events:accept_offer", registration))


def tell_offer_expired(registration):
    send(registration, "offer_expired")


def confirm_cancellation(registration):
    send(registration, "cancelled")
