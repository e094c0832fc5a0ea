"""Redis is an accelerator: while it does not answer, the cache and the broker are skipped for a moment.

A call that finds Redis refusing or silent (past the client's short socket timeout) opens the breaker of
that server for RETRY_AFTER_SECONDS in this process: the cache then behaves as a miss and publishing
leaves the email in the outbox, without waiting on Redis again. So a frozen Redis costs one request per
process a fraction of a second every few seconds, not every request the full timeout. The cache and the
broker share a breaker when they are the same server.
"""

import logging
import time
from urllib.parse import urlsplit

logger = logging.getLogger("birge.outage")

RETRY_AFTER_SECONDS = 5.0

breakers = {}


class CircuitBreaker:
    """Whether a server may be asked now; after a failure it is left alone until the retry time."""

    def __init__(self, server):
        self.server = server
        self.open_until = 0.0

    def allows(self):
        return time.monotonic() >= self.open_until

    def trip(self, what, error):
        """Leave the server alone for a while; logged once per opening, without the URL's password."""
        self.open_until = time.monotonic() + RETRY_AFTER_SECONDS
        logger.warning(
            "%s at %s unavailable (%s): skipped for %s s",
            what,
            self.server,
            type(error).__name__,
            RETRY_AFTER_SECONDS,
        )


def breaker_for(url):
    """The breaker of the server at `url` (its host and port) in this process."""
    parts = urlsplit(url)
    server = f"{parts.hostname}:{parts.port or 6379}" if parts.hostname else url
    breaker = breakers.get(server)
    if breaker is None:
        breaker = breakers[server] = CircuitBreaker(server)
    return breaker
