"""The embedded default (SQLite, as `make run` serves it) holds a rush of writers: they wait their turn
for the database instead of failing with "database is locked" (website/settings/base.py, SQLITE_OPTIONS).

The site runs in a process of its own on a SQLite file (the rest of the suite runs on PostgreSQL), with
a threaded server, and every person posts from a thread of their own, all released at once.
"""

import http.client
import json
import os
import secrets
import sqlite3
import subprocess
import sys
import threading
import time
from urllib.parse import urlencode, urlsplit

import pytest
from django.conf import settings
from payments import PaymentStatus

from events.models import Registration, RegistrationStatus
from learning.models import Order, Payment
from website.core.models import OutboxEmail

SEATS = 20
PEOPLE = 50
CHECKOUTS = 5
START_TIMEOUT = 60


@pytest.fixture(scope="module")
def sqlite_site(tmp_path_factory):
    """The site on a fresh SQLite file; yields what it is ready with (addresses, sessions) and the file."""
    folder = tmp_path_factory.mktemp("sqlite_site")
    for queue in ("queue", "processed", "control"):
        (folder / "broker" / queue).mkdir(parents=True)
    database, ready_file, log_file = folder / "db.sqlite3", folder / "ready.json", folder / "server.log"
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST"))
    }
    environment.pop("REDIS_URL", None)
    environment.update(
        DJANGO_SETTINGS_MODULE="tests.website.sqlite_settings",
        DATABASE_URL=f"sqlite:///{database}",
        CELERY_BROKER_DIR=str(folder / "broker"),
    )
    with open(log_file, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "tests.website.sqlite_site", str(SEATS), str(PEOPLE), str(ready_file)],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not ready_file.exists():
            assert server.poll() is None, log_file.read_text()
            assert time.monotonic() < deadline, "the SQLite site did not start"
            time.sleep(0.2)
        yield json.loads(ready_file.read_text()), database
    finally:
        server.terminate()
        server.wait(timeout=10)


def post(address, path, session_key, fields):
    """POST a form as the person signed in with `session_key`; the answer's status code."""
    token = secrets.token_hex(16)
    host = urlsplit(address)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    try:
        connection.request(
            "POST",
            path,
            body=urlencode({"csrfmiddlewaretoken": token, **fields}),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"sessionid={session_key}; csrftoken={token}",
            },
        )
        return connection.getresponse().status
    finally:
        connection.close()


def all_at_once(count, work):
    """`work(number)` from `count` threads released together; what each returned (or the error), in order."""
    start = threading.Barrier(count)
    answers = [None] * count

    def thread(number):
        start.wait(timeout=30)
        try:
            answers[number] = work(number)
        except OSError as error:
            answers[number] = repr(error)

    threads = [threading.Thread(target=thread, args=(number,)) for number in range(count)]
    for running in threads:
        running.start()
    for running in threads:
        running.join()
    return answers


def rows(database, query):
    with sqlite3.connect(database) as connection:
        return connection.execute(query).fetchall()


def test_50_people_signing_up_at_once_for_20_seats_all_get_an_answer(sqlite_site):
    ready, database = sqlite_site

    answers = all_at_once(
        PEOPLE,
        lambda number: post(
            ready["address"], ready["sign_up"], ready["sessions"][number], {"name": f"P{number}"}
        ),
    )

    assert answers == [302] * PEOPLE
    registrations = dict(
        rows(database, f"SELECT status, COUNT(*) FROM {Registration._meta.db_table} GROUP BY status")  # noqa: S608
    )
    assert registrations == {RegistrationStatus.CONFIRMED: SEATS, RegistrationStatus.WAITING: PEOPLE - SEATS}
    emails = dict(
        rows(database, f"SELECT status, COUNT(*) FROM {OutboxEmail._meta.db_table} GROUP BY status")
    )  # noqa: S608
    assert emails == {OutboxEmail.Status.SENT: PEOPLE}


def test_one_learner_checking_out_five_times_at_once_gets_one_order_to_pay(sqlite_site):
    ready, database = sqlite_site

    answers = all_at_once(
        CHECKOUTS, lambda _: post(ready["address"], ready["checkout"], ready["learner"], {"variant": "dummy"})
    )

    assert answers == [303] * CHECKOUTS
    orders = rows(database, f"SELECT id, status FROM {Order._meta.db_table}")  # noqa: S608
    assert [status for _, status in orders] == [Order.Status.PENDING]
    open_payments = rows(
        database,
        f"SELECT COUNT(*) FROM {Payment._meta.db_table} WHERE status IN ('{PaymentStatus.WAITING}', '{PaymentStatus.INPUT}')",  # noqa: S608
    )
    assert open_payments == [(1,)]
