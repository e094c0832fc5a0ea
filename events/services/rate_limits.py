"""A limit on guest sign-ups per network address, with django-allauth's rate limiter and the site's cache."""

from allauth.core.internal import ratelimit
from django.conf import settings

ACTION = "event_sign_up"


def guest_sign_up_allowed(request):
    """Count one guest sign-up attempt; False once the address is over settings.EVENT_SIGNUP_RATE_LIMIT.

    The rate is allauth's syntax, e.g. "5/10m" (five per ten minutes per address); empty turns the limit off.
    """
    rate = settings.EVENT_SIGNUP_RATE_LIMIT
    if not rate:
        return True
    usage = ratelimit.consume(request, app="events", action=ACTION, config={ACTION: rate})
    return usage is not None
