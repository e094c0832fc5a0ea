"""A worker killed (SIGKILL) twice while it sends a batch of reminders: nobody is left without theirs, and
the message in flight at each kill, sent again, reaches its person as a copy with the same Message-ID."""

import datetime as dt
import queue
import time

import pytest
from django.utils import timezone

from bench.smtp_sink import SmtpSink
from events.factories import RegistrationFactory
from events.models import Registration, SentReminder
from events.tasks import send_due_reminders
from tests.workers import production_worker_environment, running_worker_process
from website.core.models import OutboxEmail
from website.core.tasks import flush_outbox

PEOPLE = 300
# The mail server has taken in the 60th and the 210th message when the worker dies, before it hears "250 OK".
KILLED_AT_MESSAGE = (60, 210)
FLUSH_EVERY_SECONDS = 3
DRAIN_SECONDS = 90


@pytest.fixture
def reminded_people(make_event):
    """PEOPLE confirmed people, each with an address of their own, due their reminder the day before."""
    now = timezone.now()
    event = make_event(
        starts_at=now + dt.timedelta(hours=23), ends_at=now + dt.timedelta(hours=25), capacity=PEOPLE
    )
    people = RegistrationFactory.build_batch(PEOPLE, event=event, confirmed_at=now - dt.timedelta(days=3))
    Registration.objects.bulk_create(people)
    return {person.email for person in people}


def drained(sink, people):
    return (
        set(sink.message_ids) == people
        and not OutboxEmail.objects.filter(status=OutboxEmail.Status.PENDING).exists()
    )


def flush_until_drained(sink, people):
    """What beat does every minute, more often: flush the outbox until every row is sent."""
    deadline = time.monotonic() + DRAIN_SECONDS
    while not drained(sink, people) and time.monotonic() < deadline:
        flush_outbox.delay()
        time.sleep(FLUSH_EVERY_SECONDS)
    return drained(sink, people)


def kill_with_a_message_in_flight(worker, kills):
    """The sink's hook: kill the worker once the mail server has a message the worker has not heard back about."""

    def kill(messages):
        if messages in KILLED_AT_MESSAGE:
            worker.kill()
            kills.put(messages)

    return kill


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_batch_loses_no_reminder_and_each_extra_copy_keeps_its_message_id(
    require_postgres, celery_on_redis, reminded_people, tmp_path
):
    kills = queue.Queue()
    sink = SmtpSink().start()
    environment = production_worker_environment(
        celery_on_redis.conf.broker_url, f"smtp://127.0.0.1:{sink.port}"
    )
    with running_worker_process(celery_on_redis, environment, tmp_path / "worker.log") as worker:
        sink.on_message = kill_with_a_message_in_flight(worker, kills)
        send_due_reminders.delay()  # what beat sends
        for _kill in KILLED_AT_MESSAGE:
            kills.get(timeout=DRAIN_SECONDS)
            worker.restart()
        assert flush_until_drained(sink, reminded_people), "the outbox was not drained"

    copies = dict(sink.message_ids)
    extra_copies = sum(len(ids) - 1 for ids in copies.values())
    assert set(copies) == reminded_people  # nobody lost their reminder
    assert SentReminder.objects.count() == PEOPLE
    assert 0 < extra_copies <= len(KILLED_AT_MESSAGE)  # the message in flight at a kill, and no other
    twice = {person: ids for person, ids in copies.items() if len(ids) > 1}
    assert all(len(set(ids)) == 1 for ids in twice.values()), twice  # the copies show as one message
    message_ids = {email.recipient_list[0]: email.message_id for email in OutboxEmail.objects.all()}
    assert all(ids == [message_ids[person]] * len(ids) for person, ids in copies.items())
