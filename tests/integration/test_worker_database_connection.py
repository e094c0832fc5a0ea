"""A worker keeps its database connection from one task to the next, as a web process does between
requests, and still replaces one that broke."""

import pytest
from django.db import connection, connections

from tests.integration.test_email_worker import point_broker_at, wait_until
from tests.workers import running_worker
from website.celery import app as celery_app

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

backends = []


@celery_app.task(name="tests.integration.note_the_database_backend")
def note_the_database_backend():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backends.append(cursor.fetchone()[0])


def run_in_worker(count, between_tasks=lambda: None):
    """Send `count` tasks, one after the other, to a real worker on Redis, calling `between_tasks` after
    each; the PostgreSQL backends that served them, in order."""
    backends.clear()
    with running_worker(celery_app):
        for done in range(1, count + 1):
            note_the_database_backend.delay()
            assert wait_until(lambda done=done: len(backends) == done), "the worker did not run the task"
            between_tasks()
    return list(backends)


def terminate_the_last_backend():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [backends[-1]])


@pytest.fixture
def worker_on_redis(require_postgres, require_redis, monkeypatch):
    """A worker as in production: on Redis, connections kept for the site's default 60 s and checked before
    reuse (the tests' own database settings do neither)."""
    point_broker_at(monkeypatch, require_redis)
    monkeypatch.setitem(connections.settings["default"], "CONN_MAX_AGE", 60)
    monkeypatch.setitem(connections.settings["default"], "CONN_HEALTH_CHECKS", True)
    celery_app.control.purge()


def test_tasks_in_a_row_use_the_same_database_connection(worker_on_redis):
    first, second, third = run_in_worker(3)

    assert first == second == third


def test_a_connection_that_broke_between_tasks_is_replaced(worker_on_redis):
    first, second = run_in_worker(2, between_tasks=terminate_the_last_backend)

    assert second != first


def test_a_stopped_worker_leaves_no_session_on_the_test_database(worker_on_redis):
    run_in_worker(1)

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        assert cursor.fetchone()[0] == 0
