"""The links in registration emails: confirm a guest's email, accept a freed seat, cancel.

Each link opens a page with one button, so that mail scanners following links change nothing.
"""

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from events.models import RegistrationStatus
from events.services import registrations
from events.services.calendar import translated_event

ACTIONS = {
    "confirm": {
        "heading": _("Confirm your sign-up"),
        "button": _("Confirm my email and take my seat"),
        "act": registrations.confirm_guest,
    },
    "accept": {
        "heading": _("Accept the freed seat"),
        "button": _("Yes, I take the seat"),
        "act": registrations.accept_offer,
    },
    "cancel": {
        "heading": _("Cancel your registration"),
        "button": _("Cancel my registration"),
        "act": registrations.cancel_by_token,
    },
}


def registration_link(request, token, action):
    spec = ACTIONS[action]
    try:
        registration = registrations.registration_for_token(token)
        if request.method == "POST":
            registration = spec["act"](token)
        elif action == "accept" and registration.status != RegistrationStatus.CONFIRMED:
            registrations.ensure_offer_open(registration, timezone.now())
    except registrations.LinkError as error:
        return render(request, "events/registration_link_error.html", {"message": error.message}, status=410)
    context = {
        "registration": registration,
        "event": translated_event(registration.event, request.LANGUAGE_CODE),
        "action": action,
        "heading": spec["heading"],
        "button": spec["button"],
        "done": request.method == "POST",
    }
    return render(request, "events/registration_link.html", context)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    return registration_link(request, token, "confirm")


@require_http_methods(["GET", "POST"])
def accept_offer(request, token):
    return registration_link(request, token, "accept")


@require_http_methods(["GET", "POST"])
def cancel(request, token):
    return registration_link(request, token, "cancel")
