"""200 people sign up for 50 seats at the same moment on PostgreSQL: never more than 50 confirmed.

Each worker thread has its own database connection. The control run takes the row lock away and shows
that the same race then oversells, so the first test can fail.
"""

import contextlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from events.models import Registration, RegistrationSource, RegistrationStatus
from events.services import registrations
from tests.events.public_site import add_event, build_events_site

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

PEOPLE = 200
SEATS = 50
WORKERS = 25  # well under PostgreSQL's default 100 connections, with other test processes running


def sign_up_all(event):
    """Sign PEOPLE up from WORKERS threads released together; returns the errors raised."""
    batches = [range(worker, PEOPLE, WORKERS) for worker in range(WORKERS)]
    start = threading.Barrier(WORKERS)

    def work(batch):
        errors = []
        try:
            connection.ensure_connection()
            start.wait(timeout=30)
            for number in batch:
                try:
                    registrations.sign_up(
                        event,
                        name=f"Person {number}",
                        email=f"person{number}@example.org",
                        language="ru",
                        source=RegistrationSource.ORGANISER,
                    )
                except Exception as error:  # noqa: BLE001 - every failure is reported by the test
                    errors.append(error)
        finally:
            connection.close()
        return errors

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return [error for errors in pool.map(work, batches) for error in errors]


def statuses(event):
    return list(Registration.objects.filter(event=event).values_list("status", flat=True))


@pytest.fixture
def event(require_postgres):
    return add_event(build_events_site(), capacity=SEATS, waiting_list=True)


def test_200_concurrent_sign_ups_for_50_seats_confirm_exactly_50(event):
    errors = sign_up_all(event)

    found = statuses(event)
    assert errors == []
    assert found.count(RegistrationStatus.CONFIRMED) == SEATS
    assert found.count(RegistrationStatus.WAITING) == PEOPLE - SEATS
    emails = list(Registration.objects.filter(event=event).values_list("email", flat=True))
    assert len(emails) == len(set(emails)) == PEOPLE


def test_without_the_lock_the_same_race_oversells(event, monkeypatch):
    count_seats = registrations.seats_taken_and_earlier_registration
    last_seat_seen_twice = threading.Barrier(2)

    def slow_count(event, email, user):
        taken, earlier = count_seats(event, email, user)
        time.sleep(0.005)  # widen the gap between counting and saving, as a busy server would
        if taken == SEATS - 1:
            # Two people see the last seat free before either takes it, however busy the machine is.
            with contextlib.suppress(threading.BrokenBarrierError):
                last_seat_seen_twice.wait(timeout=5)
        return taken, earlier

    monkeypatch.setattr(registrations, "lock_canonical_event", registrations.canonical_event)
    monkeypatch.setattr(registrations, "seats_taken_and_earlier_registration", slow_count)

    sign_up_all(event)

    assert statuses(event).count(RegistrationStatus.CONFIRMED) > SEATS
