from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def quick_exit_url():
    return settings.CASES_QUICK_EXIT_URL


@register.simple_tag
def minutes(seconds_setting):
    """A duration setting in seconds, as whole minutes (for "wait 15 minutes")."""
    return getattr(settings, seconds_setting) // 60
