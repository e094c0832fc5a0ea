"""allauth's rate limits on the Redis cache that production uses when REDIS_URL is set."""

import uuid

import pytest
from django.core.cache import caches


@pytest.fixture
def redis_cache(require_redis, settings):
    """The default cache on Redis, under a key prefix of its own so earlier runs' counters do not count."""
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": require_redis,
            "KEY_PREFIX": prefix,
        }
    }
    yield prefix
    redis = caches["default"]._cache.get_client()
    for key in redis.scan_iter(f"{prefix}:*"):
        redis.delete(key)


def keys_in_redis(pattern):
    return caches["default"]._cache.get_client().keys(pattern)


@pytest.mark.services
@pytest.mark.django_db
def test_sign_in_attempts_are_counted_in_redis_and_refused_over_the_limit(redis_cache, settings, client):
    settings.ACCOUNT_RATE_LIMITS = {"login": "3/m/ip"}
    data = {"login": "nobody@example.org", "password": "guess"}

    statuses = [client.post("/en/accounts/login/", data).status_code for _attempt in range(4)]

    assert statuses == [200, 200, 200, 429]
    assert keys_in_redis(f"{redis_cache}:*:allauth:rl:allauth.account:login:*")
