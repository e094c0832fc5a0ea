"""Django's Redis cache backend, shared per connection pool and quiet while Redis is down.

Django builds a new `redis.Redis` for every cache call. Building one copies redis-py's table of
response callbacks, which takes longer than the network round trip of a page-cache hit. A client is
thread-safe and holds no connection of its own (the pool does), so one per pool is shared.

Redis only speeds the site up, so it must never take it down: a call that finds Redis refusing
connections or silent past the socket timeout (OPTIONS, set short in the settings) answers as
Django's dummy cache does (a miss, a write that keeps nothing, an `add` that succeeds), and the
server's breaker (website.core.outage) skips Redis for a few seconds. Pages then render from the
database, sessions are read from the database, and rate limits count nothing until Redis is back.
"""

import functools

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from .outage import breaker_for

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)
MISSING = object()


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}
        self._breaker = breaker_for(servers[0])

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client

    def _unless_down(self, call, fallback):
        """The call's answer, or `fallback` when Redis is down (now, or a moment ago)."""
        if not self._breaker.allows():
            return fallback
        try:
            return call()
        except UNAVAILABLE as error:
            self._breaker.trip("Redis cache", error)
            return fallback

    def add(self, key, value, timeout):
        # True as the dummy cache: a lock taken through the cache (allauth's rate limits) does not wait.
        return self._unless_down(functools.partial(super().add, key, value, timeout), True)

    def get(self, key, default):
        return self._unless_down(functools.partial(super().get, key, default), default)

    def set(self, key, value, timeout):
        return self._unless_down(functools.partial(super().set, key, value, timeout), None)

    def touch(self, key, timeout):
        return self._unless_down(functools.partial(super().touch, key, timeout), False)

    def delete(self, key):
        return self._unless_down(functools.partial(super().delete, key), False)

    def get_many(self, keys):
        return self._unless_down(functools.partial(super().get_many, keys), {})

    def has_key(self, key):
        return self._unless_down(functools.partial(super().has_key, key), False)

    def incr(self, key, delta):
        # As the dummy cache: a counter that cannot be read is a missing key.
        found = self._unless_down(functools.partial(super().incr, key, delta), MISSING)
        if found is MISSING:
            raise ValueError(f"Key '{key}' not found.")
        return found

    def set_many(self, data, timeout):
        return self._unless_down(functools.partial(super().set_many, data, timeout), None)

    def delete_many(self, keys):
        return self._unless_down(functools.partial(super().delete_many, keys), None)

    def clear(self):
        return self._unless_down(super().clear, False)


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
