"""Registration emails are written by the worker: a sign-up stores ids only, and holds its seat lock briefly."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Registration
from events.services import registrations
from events.services.personal_data import anonymise_registrations
from website.accounts.factories import UserFactory
from website.core import outbox
from website.core.models import OutboxEmail

pytestmark = pytest.mark.django_db


def sign_up_signed_in(event, name="Айгуль", language="ru"):
    user = UserFactory(email="aigul@example.org")
    return registrations.sign_up(event, name=name, email=user.email, language=language, user=user)


def raw_outbox_rows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM core_outboxemail")
        return cursor.fetchall()


def test_the_sign_up_stores_no_name_address_or_text_only_the_registration_id(make_event):
    registration = sign_up_signed_in(make_event(capacity=5))

    [email] = OutboxEmail.objects.all()
    stored = json.dumps(raw_outbox_rows(), default=str, ensure_ascii=False)
    assert email.composer_arguments == {"registration": registration.pk, "template": "seat_confirmed"}
    assert (email.subject, email.text_body, email.recipients, email.attachments) == ("", "", "", "")
    assert "aigul@example.org" not in stored and "Айгуль" not in stored


def test_the_worker_writes_the_confirmation_in_the_persons_language_with_the_calendar_file(
    make_event, mailoutbox
):
    event = make_event(capacity=5, title="День прав человека")
    sign_up_signed_in(event)
    [email] = OutboxEmail.objects.all()

    assert outbox.deliver(email.pk) is True

    [message] = mailoutbox
    assert message.to == ["aigul@example.org"]
    assert "День прав человека" in message.subject
    assert [attachment[0] for attachment in message.attachments] == ["event.ics"]
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT
    assert (email.subject, email.recipients) == ("", "")


def test_a_waiting_list_email_has_no_calendar_file(make_event, mailoutbox):
    event = make_event(capacity=1, waiting_list=True)
    registrations.sign_up(event, name="A", email="a@example.org", language="ru", user=UserFactory())
    sign_up_signed_in(event)

    outbox.flush()

    assert [len(message.attachments) for message in mailoutbox] == [1, 0]


def test_an_email_for_a_registration_anonymised_before_it_went_out_is_dropped(make_event, mailoutbox):
    registration = sign_up_signed_in(make_event(capacity=5))
    anonymise_registrations(Registration.objects.filter(pk=registration.pk), "Anonymised participant")
    [email] = OutboxEmail.objects.all()

    assert outbox.deliver(email.pk) is False

    assert mailoutbox == []
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.DROPPED
    assert outbox.flush() == 0


def test_while_the_seat_lock_is_held_a_sign_up_runs_three_queries(make_event):
    event = make_event(capacity=5)
    sign_up_signed_in(event, name="Первая")
    second = UserFactory(email="second@example.org")

    with CaptureQueriesContext(connection) as queries:
        registrations.sign_up(event, name="Вторая", email=second.email, language="ru", user=second)

    statements = [query["sql"] for query in queries if not query["sql"].startswith(("SAVEPOINT", "RELEASE"))]
    locked = next(number for number, sql in enumerate(statements) if "FOR UPDATE" in sql)
    after_lock = statements[locked + 1 :]
    # The seat count together with any earlier registration of the person's, the registration, its email.
    assert len(after_lock) == 3, after_lock
    assert [sql.split()[0] for sql in after_lock] == ["SELECT", "INSERT", "INSERT"]
