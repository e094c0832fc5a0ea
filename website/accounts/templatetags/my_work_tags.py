from django import template

from website.accounts.my_work import work_menu

register = template.Library()


@register.inclusion_tag("includes/my_work_nav.html", takes_context=True)
def my_work_nav(context, current=""):
    """The shared menu of the trainer's and organiser's pages; `current` is "cohorts", "events" or an
    event's id (its check-in)."""
    return {**work_menu(context["request"].user), "current": str(current)}
