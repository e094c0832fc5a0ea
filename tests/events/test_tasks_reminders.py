"""The real thing: the beat task sent twice through Redis to a live Celery worker reminds each person once."""

import datetime as dt

import pytest
from celery.contrib.testing import tasks as celery_test_tasks
from django.core import mail
from django.utils import timezone

from events.factories import RegistrationFactory
from events.models import RegistrationStatus, SentReminder
from events.tasks import send_due_reminders
from tests.workers import running_worker


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_beat_task_sent_twice_reminds_each_confirmed_person_once(celery_on_redis, make_event):
    now = timezone.now()
    event = make_event(starts_at=now + dt.timedelta(hours=23), ends_at=now + dt.timedelta(hours=25))
    confirmed = RegistrationFactory.create_batch(
        5, event=event, confirmed_at=now - dt.timedelta(days=3), language="en"
    )
    RegistrationFactory(event=event, status=RegistrationStatus.WAITING, confirmed_at=None)

    with running_worker(celery_on_redis, perform_ping_check=True, shutdown_timeout=30):
        first = send_due_reminders.delay()
        second = send_due_reminders.delay()
        counts = sorted([first.get(timeout=60)["reminders"], second.get(timeout=60)["reminders"]])
        # The worker runs tasks in order: once this answers, the queued emails have been sent.
        assert celery_test_tasks.ping.delay().get(timeout=60) == "pong"

    assert counts == [0, 5]
    assert sorted(message.to[0] for message in mail.outbox) == sorted(r.email for r in confirmed)
    assert all(message.attachments[0][0] == "event.ics" for message in mail.outbox)
    assert SentReminder.objects.count() == 5
