"""Sessions written through to the database and read from the cache, whose copies live a minute at most.

Django's cached_db engine keeps a session's copy in the cache for the session's whole life. While Redis is
unreachable the copy can be neither updated nor deleted (website.core.cache answers as a miss), so a
session ended then (a sign-out, an idle timeout) would come back from its old copy once Redis does.
A copy that lives SESSION_CACHED_COPY_SECONDS at most bounds that: an active session's copy is renewed
whenever it is saved, and an idle one is read from the database again after that long.
"""

from django.conf import settings
from django.contrib.sessions.backends import cached_db


class ShortLivedCopies:
    """The cache, with every copy written to it kept for SESSION_CACHED_COPY_SECONDS at most."""

    def __init__(self, cache):
        self.cache = cache

    def __getattr__(self, name):
        return getattr(self.cache, name)

    def __contains__(self, key):
        return key in self.cache

    def set(self, key, value, timeout):
        self.cache.set(key, value, min(timeout, settings.SESSION_CACHED_COPY_SECONDS))

    async def aset(self, key, value, timeout):
        await self.cache.aset(key, value, min(timeout, settings.SESSION_CACHED_COPY_SECONDS))


class SessionStore(cached_db.SessionStore):
    def __init__(self, session_key=None):
        super().__init__(session_key)
        self._cache = ShortLivedCopies(self._cache)
