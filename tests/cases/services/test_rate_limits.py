"""Rate limits count per client in the cache, never keep the address, and never take the page down."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from cases.services import rate_limits

from ..helpers import follow_up_url

pytestmark = pytest.mark.django_db


def request_from(address):
    return RequestFactory().post("/ru/report/follow-up/", REMOTE_ADDR=address)


@override_settings(CASES_RECEIPT_ATTEMPTS=2)
def test_each_client_has_its_own_count_and_the_key_does_not_hold_the_address():
    first, second = request_from("203.0.113.5"), request_from("203.0.113.6")

    assert [rate_limits.receipt_attempt_allowed(first) for _ in range(3)] == [True, True, False]
    assert rate_limits.receipt_attempt_allowed(second)
    key = rate_limits.client_key(first, rate_limits.RECEIPT_ACTION)
    assert "203.0.113.5" not in key and cache.get(key) == 3


UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "website.core.cache.SharedClientRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
    }
}


@override_settings(CASES_RECEIPT_ATTEMPTS=1, CACHES=UNREACHABLE_REDIS)
def test_while_redis_is_down_codes_are_still_checked_and_nothing_is_counted(client):
    for _ in range(3):
        assert rate_limits.receipt_attempt_allowed(request_from("203.0.113.5"))

    response = client.post(follow_up_url(), {"action": "open", "code": "ZZZZ-ZZZZ-ZZZZ-ZZZZ"})

    assert response.status_code == 200
    assert "We could not open a case with this code." in response.content.decode()
