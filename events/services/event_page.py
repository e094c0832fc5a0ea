"""What one event page shows to the person looking at it: free seats, why sign-up is closed, their registration.

The exact address and the online link are for people whose registration is confirmed, and nobody else.
"""

from dataclasses import dataclass

from django.utils import timezone

from events.models import Registration
from events.models.registrations import ACTIVE_STATUSES
from events.services.registrations import canonical_event, closed_reason, seats_left
from website.core.page_cache import note_page_shows_seats


@dataclass(frozen=True)
class EventView:
    seats_left: int | None
    closed_reason: str | None
    waiting_list: bool
    registration: Registration | None

    @property
    def is_full(self):
        return self.seats_left == 0

    @property
    def shows_private_details(self):
        return self.registration is not None and self.registration.is_confirmed

    @property
    def accepts_sign_ups(self):
        """Whether the page offers the sign-up form: open, not already registered, a seat or a waiting list."""
        return (
            self.closed_reason is None
            and self.registration is None
            and (not self.is_full or self.waiting_list)
        )


def own_registration(event, user):
    """The signed-in person's active registration for an event (found by their account), or None."""
    if not getattr(user, "is_authenticated", False) or event.pk is None:
        return None
    return Registration.objects.filter(event=event, user=user, status__in=ACTIVE_STATUSES).first()


def event_view(page, user, now=None):
    """Seats and sign-up state of an event page for one person, in a fixed number of queries."""
    if page.pk is None:
        return EventView(page.capacity, closed_reason(page, now), page.waiting_list, None)
    event = canonical_event(page)
    note_page_shows_seats()
    return EventView(
        seats_left=seats_left(event),
        closed_reason=closed_reason(event, now or timezone.now()),
        waiting_list=event.waiting_list,
        registration=own_registration(event, user),
    )
