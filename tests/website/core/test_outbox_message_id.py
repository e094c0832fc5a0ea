"""Every outbox email has one Message-ID, given when it is saved and sent on every attempt, so that a copy
sent again after a worker died shows in the person's mail program as the same message."""

import re
from email import message_from_bytes

import pytest
from django.core.mail import EmailMultiAlternatives
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from website.core import outbox
from website.core.models import OutboxEmail

pytestmark = pytest.mark.django_db

MESSAGE_ID_MIGRATION = ("core", "0005_outbox_message_id")
MESSAGE_ID = re.compile(r"<[^<>@\s]+@birge\.kg>")


@pytest.fixture(autouse=True)
def sender(settings):
    settings.DEFAULT_FROM_EMAIL = "Birge <noreply@birge.kg>"


def header_sent(message, name="Message-ID"):
    """The header as it went over the wire, not as the message object would build it again."""
    return message_from_bytes(message.message().as_bytes())[name]


def store(address="aigul@example.org"):
    return outbox.store("Your place is booked", "See you in Osh.", address)


def sends_then_the_worker_dies(monkeypatch):
    """The mail server accepts the message, then the worker dies before it can record it as sent."""
    send = EmailMultiAlternatives.send

    def send_and_die(message, *args, **kwargs):
        send(message, *args, **kwargs)
        raise SystemExit("worker killed")

    monkeypatch.setattr(EmailMultiAlternatives, "send", send_and_die)


def test_each_email_gets_its_own_message_id_in_the_sites_mail_domain():
    first, second = store(), store("bakyt@example.org")

    assert MESSAGE_ID.fullmatch(first.message_id)
    assert MESSAGE_ID.fullmatch(second.message_id)
    assert first.message_id != second.message_id


def test_without_a_domain_in_the_sender_address_the_message_id_takes_the_sites(settings):
    settings.DEFAULT_FROM_EMAIL = "noreply"
    settings.SITE_BASE_URL = "https://birge.kg"

    assert MESSAGE_ID.fullmatch(store().message_id)


def test_the_message_goes_out_with_the_message_id_of_its_outbox_email(mailoutbox):
    email = store()

    assert outbox.deliver(email.pk)

    [message] = mailoutbox
    assert header_sent(message) == email.message_id


def test_a_message_sent_again_after_the_worker_died_keeps_its_message_id(mailoutbox, monkeypatch):
    email = store()
    sends_then_the_worker_dies(monkeypatch)
    with pytest.raises(SystemExit):
        outbox.deliver(email.pk)
    monkeypatch.undo()

    assert OutboxEmail.objects.get(pk=email.pk).status == OutboxEmail.Status.PENDING
    assert outbox.flush() == 1
    first, second = mailoutbox
    assert header_sent(first) == header_sent(second) == email.message_id


def run_message_id_migration_forward():
    """Run the migration's data step on the historical models it was written against (with the new column)."""
    loader = MigrationLoader(connection)
    state = loader.project_state(MESSAGE_ID_MIGRATION, at_end=False)
    add_column, fill, _set_default = loader.get_migration(*MESSAGE_ID_MIGRATION).operations
    add_column.state_forwards("core", state)
    fill.code(state.apps, None)


def test_the_migration_gives_each_email_saved_before_it_a_message_id_of_its_own():
    earlier = [store(), store("bakyt@example.org"), store("elmira@example.org")]
    OutboxEmail.objects.filter(pk__in=[email.pk for email in earlier[:2]]).update(message_id="")
    kept = earlier[2].message_id

    run_message_id_migration_forward()

    first, second, third = (OutboxEmail.objects.get(pk=email.pk).message_id for email in earlier)
    assert MESSAGE_ID.fullmatch(first) and MESSAGE_ID.fullmatch(second)
    assert first != second
    assert third == kept
