"""A real Celery worker, fed through Redis, sends what the outbox holds: at once, or once Redis is back."""

import time

import pytest
from django.conf import settings

from tests.workers import running_worker
from website.accounts.factories import UserFactory
from website.celery import app as celery_app
from website.core.mail import queue_email
from website.core.models import OutboxEmail
from website.core.tasks import flush_outbox

WAIT_SECONDS = 30
CLOSED_PORT_BROKER = "redis://127.0.0.1:1/0"


def wait_until(condition, timeout=WAIT_SECONDS):
    """Poll until the worker has done its job; a deadline only so a broken worker cannot hang the suite."""
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def point_broker_at(monkeypatch, url):
    """The app as in production: tasks go to the broker at `url`, not run in the caller (the test default).

    The producer pool is dropped so the next publish connects to `url`.
    """
    monkeypatch.setitem(celery_app.conf, "CELERY_TASK_ALWAYS_EAGER", False)
    monkeypatch.setitem(celery_app.conf, "CELERY_BROKER_URL", url)
    monkeypatch.setitem(
        celery_app.conf, "CELERY_BROKER_TRANSPORT_OPTIONS", settings.REDIS_BROKER_TRANSPORT_OPTIONS
    )
    monkeypatch.setattr(celery_app.amqp, "_producer_pool", None)


@pytest.fixture
def redis_broker(require_redis, monkeypatch):
    point_broker_at(monkeypatch, require_redis)
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

    with running_worker(celery_app):
        response = client.post("/en/accounts/password/reset/", {"email": "aigul@example.org"})
        assert response.status_code == 302
        delivered = wait_until(lambda: len(mailoutbox) == 1)

    assert delivered, "the worker did not send the email"
    [message] = mailoutbox
    assert message.to == ["aigul@example.org"]
    assert message.subject == "Birge: Купуяны жаңыртуу эмейли"
    assert "/ky/accounts/password/reset/key/" in message.body


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_an_email_queued_while_redis_was_down_goes_out_once_it_is_back(
    require_redis, monkeypatch, mailoutbox
):
    point_broker_at(monkeypatch, CLOSED_PORT_BROKER)
    email = queue_email("Your place is booked", "See you in Osh.", "aigul@example.org")
    assert OutboxEmail.objects.get(pk=email.pk).status == OutboxEmail.Status.PENDING
    assert mailoutbox == []

    point_broker_at(monkeypatch, require_redis)
    celery_app.control.purge()
    with running_worker(celery_app):
        flush_outbox.delay()  # what beat sends every minute
        delivered = wait_until(lambda: len(mailoutbox) == 1)

    assert delivered, "the worker did not send the email"
    assert mailoutbox[0].to == ["aigul@example.org"]
    assert OutboxEmail.objects.get(pk=email.pk).status == OutboxEmail.Status.SENT
