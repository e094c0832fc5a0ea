"""A real Celery worker, fed through Redis, sends the email an allauth flow queued."""

import time

import pytest
from celery.contrib.testing.worker import start_worker

from website.accounts.factories import UserFactory
from website.celery import app as celery_app

WAIT_SECONDS = 30


def wait_until(condition, timeout=WAIT_SECONDS):
    """Poll until the worker has done its job; a deadline only so a broken worker cannot hang the suite."""
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


@pytest.fixture
def redis_broker(require_redis, monkeypatch):
    """The app as in production: tasks go to the Redis broker, not run in the caller (the test default)."""
    monkeypatch.setitem(celery_app.conf, "CELERY_TASK_ALWAYS_EAGER", False)
    monkeypatch.setitem(celery_app.conf, "CELERY_BROKER_URL", require_redis)
    monkeypatch.setitem(celery_app.conf, "CELERY_BROKER_TRANSPORT_OPTIONS", {})
    celery_app.control.purge()
    return require_redis


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_password_reset_email_in_the_owners_language(
    redis_broker, client, mailoutbox
):
    UserFactory(email="aigul@example.org", preferred_language="ky")
    assert not celery_app.conf.task_always_eager
    assert celery_app.conf.broker_url == redis_broker

    with start_worker(celery_app, pool="solo", concurrency=1, perform_ping_check=False, loglevel="WARNING"):
        response = client.post("/en/accounts/password/reset/", {"email": "aigul@example.org"})
        assert response.status_code == 302
        delivered = wait_until(lambda: len(mailoutbox) == 1)

    assert delivered, "the worker did not send the email"
    [message] = mailoutbox
    assert message.to == ["aigul@example.org"]
    assert message.subject == "Birge: Купуяны жаңыртуу эмейли"
    assert "/ky/accounts/password/reset/key/" in message.body
