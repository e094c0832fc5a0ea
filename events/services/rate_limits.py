"""Limits per network address on guest sign-ups and feedback, with django-allauth's rate limiter and the site's cache."""

from allauth.core.internal import ratelimit
from django.conf import settings

ACTION = "event_sign_up"
FEEDBACK_ACTION = "event_feedback"


def allowed(request, action, rate):
    """Count one attempt at `action`; False once the address is over `rate` (allauth's syntax, "" for no limit)."""
    if not rate:
        return True
    return ratelimit.consume(request, app="events", action=action, config={action: rate}) is not None


def guest_sign_up_allowed(request):
    """Count one guest sign-up attempt; False once the address is over settings.EVENT_SIGNUP_RATE_LIMIT.

    The rate is allauth's syntax, e.g. "5/10m" (five per ten minutes per address); empty turns the limit off.
    """
    return allowed(request, ACTION, settings.EVENT_SIGNUP_RATE_LIMIT)


def feedback_allowed(request):
    """Count one feedback form submission; False once the address is over settings.EVENT_FEEDBACK_RATE_LIMIT."""
    return allowed(request, FEEDBACK_ACTION, settings.EVENT_FEEDBACK_RATE_LIMIT)
