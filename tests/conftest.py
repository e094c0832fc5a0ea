import os
import threading

import pytest
from django.conf import settings
from django.db import connection
from django.utils import translation

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


def missing_service(reason):
    """Skip a service test when the service is absent, or fail when REQUIRE_SERVICES=1."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (REQUIRE_SERVICES=1)")
    pytest.skip(reason)


@pytest.fixture
def require_postgres():
    if connection.vendor != "postgresql":
        missing_service("PostgreSQL is not reachable on 127.0.0.1:5432")


@pytest.fixture
def require_redis():
    if not settings.TEST_REDIS_URL:
        missing_service("Redis is not reachable on 127.0.0.1:6379")
    return settings.TEST_REDIS_URL


@pytest.fixture(autouse=True)
def _media_and_language(settings, tmp_path):
    """Media in the test's own folder; no language active, as in a new process. A request leaves its
    language active in the thread, so `reverse` in the next test would follow whichever test ran before."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    translation.deactivate()


def pytest_collection_modifyitems(items):
    """Transactional tests get the post-migration rows back (root page, locales, groups) after a flush."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        refuse_transactional_test_in_a_worker_group(item, marker)
        if marker and marker.kwargs.get("transaction") and "serialized_rollback" not in marker.kwargs:
            item.add_marker(
                pytest.mark.django_db(*marker.args, **marker.kwargs, serialized_rollback=True), append=False
            )


def refuse_transactional_test_in_a_worker_group(item, django_db_marker):
    """A worker group (xdist_group) is scheduled first, as one unit: a transactional test in it would leave
    its worker's database flushed (no root page, locales or groups) for every test that follows there."""
    if (
        item.get_closest_marker("xdist_group")
        and django_db_marker
        and django_db_marker.kwargs.get("transaction")
    ):
        raise pytest.UsageError(f"{item.nodeid}: a transactional test cannot join an xdist_group")


@pytest.fixture
def celery_on_redis(require_redis, monkeypatch):
    """The project's Celery app on the test Redis, not eager, keeping results so a test can wait for them.

    The app reads the CELERY_-prefixed settings, so those are the keys to change.
    """
    from website.celery import app

    overrides = {
        "CELERY_BROKER_URL": require_redis,
        "CELERY_RESULT_BACKEND": require_redis,
        "CELERY_TASK_ALWAYS_EAGER": False,
        "CELERY_TASK_IGNORE_RESULT": False,
        "CELERY_BROKER_TRANSPORT_OPTIONS": settings.REDIS_BROKER_TRANSPORT_OPTIONS,
    }
    for key, value in overrides.items():
        monkeypatch.setitem(app.conf, key, value)
    monkeypatch.setattr(app.amqp, "_producer_pool", None)
    monkeypatch.setattr(app, "_pool", None)
    # The result backend is cached on the app, per thread unless it is thread-safe: drop both caches.
    monkeypatch.setattr(app, "_backend_cache", None)
    monkeypatch.setattr(app, "_local", threading.local())
    for task in app.tasks.values():
        # Tasks read task_ignore_result once, when they are bound to the app.
        monkeypatch.setattr(task, "ignore_result", False)
    assert not app.conf.task_always_eager and app.conf.broker_url == require_redis
    app.control.purge()
    return app
