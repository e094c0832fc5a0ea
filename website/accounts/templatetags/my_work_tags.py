from django import template
from django.utils.translation import get_language

from events.services.catalogue import my_events
from website.accounts.my_work import work_menu

register = template.Library()


@register.inclusion_tag("includes/my_work_nav.html", takes_context=True)
def my_work_nav(context, current=""):
    """The shared menu of the trainer's and organiser's pages; `current` is "cohorts", "events" or an
    event's id (its check-in)."""
    return {**work_menu(context["request"].user), "current": str(current)}


@register.inclusion_tag("includes/my_events.html", takes_context=True)
def my_events_section(context):
    """The "My events" part of a person's "My learning" page: their registrations for events not yet over."""
    request = context["request"]
    return {"request": request, "my_events": my_events(request.user, get_language())}
