"""A real Celery worker for the tests that need one: Celery's own test worker, in a thread of this process,
or a `celery worker` process of its own that a test can kill."""

import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager, suppress
from urllib.parse import quote

from celery.contrib.testing.worker import start_worker
from django.conf import settings
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


class WorkerProcess:
    """A real `celery worker` on production settings, in a process of its own that a test can kill and start again.

    It runs in a session of its own, so a kill (SIGKILL) takes its pool's processes with it, as when the
    machine or its container dies. `running_worker_process` kills it when the test ends, whatever happens.
    """

    ARGUMENTS = ("--concurrency", "1", "--loglevel", "WARNING", "--without-gossip", "--without-mingle")

    def __init__(self, app, environment, log_path):
        self.app, self.environment, self.log_path = app, environment, log_path
        self.process = None

    def start(self, timeout=60):
        """Start the worker and wait until it answers a ping (its consumer is up)."""
        with open(self.log_path, "a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "website", "worker", *self.ARGUMENTS],
                cwd=settings.BASE_DIR,
                env=self.environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while not self.app.control.ping(timeout=0.5):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"the worker did not start:\n{self.log_path.read_text()[-3000:]}")

    def kill(self):
        """SIGKILL the worker and its pool at once; safe to call from another thread, or again."""
        if self.process is None:
            return
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)

    def restart(self):
        """Once it was killed: reap the dead worker, then start a new one."""
        self.process.wait(timeout=30)
        self.start()


def production_worker_environment(broker_url, email_url):
    """The environment of a worker on production settings, on this test's database, broker and keys."""
    database = connection.settings_dict
    credentials = quote(database["USER"]) + (
        f":{quote(database['PASSWORD'])}" if database["PASSWORD"] else ""
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": settings.SECRET_KEY,
        "FIELD_ENCRYPTION_KEYS": ",".join(settings.FIELD_ENCRYPTION_KEYS),
        "DATABASE_URL": f"postgres://{credentials}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "REDIS_URL": broker_url,
        "EMAIL_URL": email_url,
        "DEFAULT_FROM_EMAIL": settings.DEFAULT_FROM_EMAIL,
    }


@contextmanager
def running_worker_process(app, environment, log_path):
    """A WorkerProcess, started; killed when the block ends, and the database sessions it left ended."""
    worker = WorkerProcess(app, environment, log_path)
    try:
        worker.start()
        yield worker
    finally:
        worker.kill()
        if worker.process is not None:
            worker.process.wait(timeout=30)
        end_other_sessions_on_the_test_database()
