"""Checking people in at the door: by name or check-in code, on a phone, safe to repeat."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Registration, RegistrationStatus


class CheckInError(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def confirmed_registrations(event):
    return Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)


def find_for_check_in(event, query):
    """Confirmed people whose check-in code is the query (any case) or whose name contains it; by name."""
    query = " ".join((query or "").split())
    found = confirmed_registrations(event)
    if query:
        found = found.filter(Q(code=query.upper()) | Q(name__icontains=query))
    return found.order_by("name", "pk")


def check_in(registration, by, now=None):
    """Mark a confirmed person as arrived; checking in again keeps the first time (offline queues may repeat)."""
    if registration.status != RegistrationStatus.CONFIRMED:
        raise CheckInError(_("Only people with a confirmed seat can be checked in."))
    Registration.objects.filter(pk=registration.pk, checked_in_at__isnull=True).update(
        checked_in_at=now or timezone.now(), checked_in_by=by
    )
    registration.refresh_from_db(fields=["checked_in_at", "checked_in_by"])
    return registration


def undo_check_in(registration):
    """Take back a check-in made by mistake; undoing twice changes nothing."""
    Registration.objects.filter(pk=registration.pk).update(checked_in_at=None, checked_in_by=None)
    registration.refresh_from_db(fields=["checked_in_at", "checked_in_by"])
    return registration


def check_in_counts(event):
    """(checked in, confirmed) for an event's door."""
    counts = confirmed_registrations(event).aggregate(
        confirmed=Count("pk"), checked_in=Count("pk", filter=Q(checked_in_at__isnull=False))
    )
    return counts["checked_in"], counts["confirmed"]
