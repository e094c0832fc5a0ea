"""A trainer's or organiser's work across the apps: their cohorts (learning) and events (events).

This layer sits above both apps, so it may ask each of them; the apps never ask each other, and their
pages share the menu through `includes/my_work_nav.html`.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from events.services.organisers import events_for
from website.core.people import TRAINERS_GROUP

CHECK_IN_LINKS = 3


def is_trainer(user):
    """In the Trainers group or training a cohort (one query)."""
    trains = Q(groups__name=TRAINERS_GROUP) | Q(cohorts__isnull=False)
    return user.is_authenticated and get_user_model().objects.filter(trains, pk=user.pk).exists()


def landing_page(user):
    """Where a person lands after signing in, by role: staff in the admin, trainers on their cohorts,
    organisers on their events; None for everyone else (the default page)."""
    if user.is_staff and user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    if is_trainer(user):
        return reverse("learning:my_cohorts")
    if events_for(user).exists():
        return reverse("events:organiser_events")
    return None


def work_menu(user):
    """The links of the "my work" menu: cohorts, events and the door of each event that has not ended."""
    upcoming = list(
        events_for(user).filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")[:CHECK_IN_LINKS]
    )
    return {
        "trains": is_trainer(user),
        "organises": bool(upcoming) or events_for(user).exists(),
        "check_ins": upcoming,
    }
