"""Two workers at once on PostgreSQL: each outbox email is sent exactly once."""

import threading
from unittest import mock

import pytest
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection

from website.core import outbox
from website.core.models import OutboxEmail

WAIT_SECONDS = 30

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


class HeldSend:
    """Holds the first send made in the named thread until released, so another worker can run meanwhile."""

    def __init__(self, thread_name):
        self.thread_name = thread_name
        self.holding = threading.Event()
        self.release = threading.Event()
        self.original = EmailBackend.send_messages

    def send_messages(self, backend, messages):
        if threading.current_thread().name == self.thread_name and not self.holding.is_set():
            self.holding.set()
            self.release.wait(WAIT_SECONDS)
        return self.original(backend, messages)


def in_thread(name, target, results):
    """Run `target` in its own thread (and database connection), collecting its result."""

    def run():
        try:
            results.append(target())
        finally:
            connection.close()

    thread = threading.Thread(target=run, name=name)
    thread.start()
    return thread


@pytest.fixture
def held_send(require_postgres):
    held = HeldSend("first-worker")
    with mock.patch.object(
        EmailBackend, "send_messages", lambda backend, messages: held.send_messages(backend, messages)
    ):
        yield held


def stored_emails(count):
    return [
        outbox.store(f"Reminder {number}", "Tomorrow at 10.", f"person{number}@example.org")
        for number in range(count)
    ]


def test_an_email_delivered_by_two_workers_at_once_is_sent_once(held_send, mailoutbox):
    [email] = stored_emails(1)
    results = []

    first = in_thread("first-worker", lambda: outbox.deliver(email.pk), results)
    assert held_send.holding.wait(WAIT_SECONDS)
    assert outbox.deliver(email.pk) is False  # the row is locked by the first worker
    held_send.release.set()
    first.join(WAIT_SECONDS)

    assert results == [True]
    assert outbox.deliver(email.pk) is False  # and once sent, never again
    assert [message.to for message in mailoutbox] == [["person0@example.org"]]
    assert OutboxEmail.objects.get().attempts == 1


def test_two_overlapping_flushes_send_every_email_exactly_once(held_send, mailoutbox):
    emails = stored_emails(5)
    results = []

    first = in_thread("first-worker", outbox.flush, results)
    assert held_send.holding.wait(WAIT_SECONDS)
    second_sent = outbox.flush()  # runs while the first flush is in the middle of its batch
    held_send.release.set()
    first.join(WAIT_SECONDS)

    assert sorted([second_sent, *results]) == [1, 4]
    assert sorted(message.to[0] for message in mailoutbox) == sorted(
        f"person{number}@example.org" for number in range(len(emails))
    )
    assert set(OutboxEmail.objects.values_list("status", "attempts")) == {(OutboxEmail.Status.SENT, 1)}
