"""Django's Redis cache backend, with one redis-py client per connection pool instead of one per call.

Django builds a new `redis.Redis` for every cache call. Building one copies redis-py's table of
response callbacks, which takes longer than the network round trip of a page-cache hit. A client is
thread-safe and holds no connection of its own (the pool does), so one per pool is shared.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
