"""Limits per client on receipt-code attempts and on reports, counted in the cache for a few minutes.

The cache key holds a keyed digest of the client's network address, never the address itself, and lives
only for the limit's window. Nothing is written to the database.

While the cache (Redis) is down, nothing is counted and every attempt is allowed (website.core.cache
answers as a miss). That is the safe direction here: refusing would lock frightened people out of their
case and out of reporting during an outage, while a receipt code has 80 random bits, so guessing one
stays hopeless even without a limit.
"""

from allauth.core.internal.ratelimit import get_ip
from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

RECEIPT_ACTION = "receipt"
REPORT_ACTION = "report"


def client_key(request, action):
    address = get_ip(request) or ""
    return f"cases.rl.{action}.{salted_hmac('cases.rate-limit', address).hexdigest()[:32]}"


def allowed(request, action, attempts, window_seconds):
    """Count one attempt; False once this client made more than `attempts` in the current window."""
    if not attempts:
        return True
    key = client_key(request, action)
    cache.add(key, 0, window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:
        # The key expired between add and incr, or the cache is not answering: count nothing.
        return True
    return count <= attempts


def receipt_attempt_allowed(request):
    return allowed(
        request, RECEIPT_ACTION, settings.CASES_RECEIPT_ATTEMPTS, settings.CASES_RECEIPT_WINDOW_SECONDS
    )


def report_allowed(request):
    return allowed(
        request, REPORT_ACTION, settings.CASES_REPORT_ATTEMPTS, settings.CASES_REPORT_WINDOW_SECONDS
    )
