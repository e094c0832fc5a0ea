"""A real Celery worker for the tests that need one: Celery's own test worker, in a thread of this process."""

from contextlib import contextmanager

from celery.contrib.testing.worker import start_worker
from django.db import connection

QUIET_SOLO_WORKER = {"pool": "solo", "concurrency": 1, "perform_ping_check": False, "loglevel": "WARNING"}


@contextmanager
def running_worker(app, **options):
    """Run a worker on `app` for the duration of the block, then end the database sessions it left.

    The test worker does not install Celery's Django fixup, so nothing closes the connection its thread
    opened; left open, it keeps PostgreSQL from dropping the test database at the end of the run.
    """
    try:
        with start_worker(app, **{**QUIET_SOLO_WORKER, **options}) as worker:
            yield worker
    finally:
        end_other_sessions_on_the_test_database()


def end_other_sessions_on_the_test_database():
    """Each test process has a database of its own, so any other session on it is one this process left."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
