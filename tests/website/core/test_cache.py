"""The Redis cache backend shares one redis-py client per connection pool and still reads and writes."""

import pytest

from website.core.cache import SharedClientRedisCache

pytestmark = pytest.mark.services


@pytest.fixture
def redis_cache(require_redis):
    cache = SharedClientRedisCache(require_redis, {"KEY_PREFIX": "cache-test"})
    yield cache
    cache.clear()


def test_every_call_uses_the_same_client_and_pool(redis_cache):
    first = redis_cache._cache.get_client(write=True)

    assert redis_cache._cache.get_client() is first
    assert redis_cache._cache.get_client("any-key", write=True) is first


def test_values_round_trip_through_the_shared_client(redis_cache):
    redis_cache.set("page", {"title": "Адам укуктары күнү"}, 60)
    redis_cache.set_many({"a": 1, "b": b"bytes"}, 60)

    assert redis_cache.get("page") == {"title": "Адам укуктары күнү"}
    assert redis_cache.get_many(["a", "b", "missing"]) == {"a": 1, "b": b"bytes"}
    assert redis_cache.add("a", 2) is False
    assert redis_cache.incr("a") == 2
    redis_cache.delete("page")
    assert redis_cache.get("page") is None
