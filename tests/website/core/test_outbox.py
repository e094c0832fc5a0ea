"""The email outbox: saved with the transaction, sent once, retried after transient failures, kept while Redis is down."""

import smtplib
import socket
import threading
from datetime import timedelta
from unittest import mock

import pytest
from allauth.mfa.models import Authenticator
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from website.accounts.factories import PASSWORD, UserFactory
from website.celery import app as celery_app
from website.core import outbox
from website.core.mail import batched_handover, publish, queue_email, send_templated_email
from website.core.models import OutboxEmail
from website.core.outbox import MAX_SEND_ATTEMPTS, RETRY_BACKOFF_MAX_SECONDS, retry_delay
from website.core.tasks import flush_outbox

pytestmark = pytest.mark.django_db

ACCEPTED = {}
INVITATION = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Workshop in Osh\r\nEND:VCALENDAR\r\n"
CLOSED_PORT_BROKER = "redis://127.0.0.1:1/0"


@pytest.fixture
def smtp(settings):
    """A fake SMTP server behind Django's real SMTP backend; set `sendmail.side_effect` to script it."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "smtp.example.org"
    with mock.patch("django.core.mail.backends.smtp.smtplib.SMTP") as smtp_class:
        yield smtp_class.return_value


@pytest.fixture
def queue_committed(django_capture_on_commit_callbacks):
    """Queue an email in a transaction that commits, running what waits for the commit."""

    def queue_and_commit(**extra):
        with django_capture_on_commit_callbacks(execute=True):
            return queue(**extra)

    return queue_and_commit


def point_broker_at(monkeypatch, url):
    """Celery as in production (not eager), publishing to `url` with the project's Redis timeouts."""
    monkeypatch.setitem(celery_app.conf, "CELERY_TASK_ALWAYS_EAGER", False)
    monkeypatch.setitem(celery_app.conf, "CELERY_BROKER_URL", url)
    monkeypatch.setitem(
        celery_app.conf, "CELERY_BROKER_TRANSPORT_OPTIONS", django_settings.REDIS_BROKER_TRANSPORT_OPTIONS
    )
    monkeypatch.setattr(celery_app.amqp, "_producer_pool", None)


def in_the_future(**delta):
    """Move the clock on, e.g. past a retry's backoff."""
    return mock.patch("django.utils.timezone.now", return_value=timezone.now() + timedelta(**delta))


def queue(**extra):
    return queue_email("Your place is booked", "See you in Osh.", "aigul@example.org", **extra)


def test_the_email_is_sent_once_the_transaction_commits_and_marked_sent(mailoutbox, queue_committed):
    email = queue_committed(html="<p>See you in Osh.</p>")

    [message] = mailoutbox
    assert message.to == ["aigul@example.org"]
    assert message.subject == "Your place is booked"
    assert message.alternatives == [("<p>See you in Osh.</p>", "text/html")]
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT
    assert email.sent_at is not None
    assert email.attempts == 1


def test_nothing_is_handed_on_before_the_commit(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = queue()

    assert mailoutbox == []
    assert OutboxEmail.objects.get().status == OutboxEmail.Status.PENDING
    [hand_on] = callbacks
    hand_on()
    assert [message.to for message in mailoutbox] == [["aigul@example.org"]]
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT


def test_a_rolled_back_transaction_leaves_no_email_and_sends_nothing(
    mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        queue()
        raise RuntimeError("the sign-up failed")

    assert not OutboxEmail.objects.exists()
    flush_outbox()
    assert mailoutbox == []


def test_attachments_arrive_with_the_message(mailoutbox, queue_committed):
    queue_committed(
        attachments=[{"filename": "workshop.ics", "content": INVITATION, "mimetype": "text/calendar"}]
    )

    [message] = mailoutbox
    assert message.attachments == [("workshop.ics", INVITATION, "text/calendar")]


def test_a_templated_email_carries_its_attachments(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_templated_email(
            "account/email/unknown_account",
            "aigul@example.org",
            {"email": "aigul@example.org", "site_url": "https://birge.example.org", "signup_url": "/signup/"},
            "en",
            attachments=[{"filename": "workshop.ics", "content": INVITATION, "mimetype": "text/calendar"}],
        )

    [message] = mailoutbox
    assert (message.to, message.subject) == (["aigul@example.org"], "Unknown Account")
    assert [name for name, _content, _type in message.attachments] == ["workshop.ics"]


def test_an_email_delivered_twice_is_sent_once(mailoutbox):
    email = queue(on_commit=False)

    assert outbox.deliver(email.pk) is False  # the eager task already sent it
    assert len(mailoutbox) == 1
    email.refresh_from_db()
    assert email.attempts == 1


def test_a_flush_sends_what_is_pending_and_nothing_twice(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        first = queue()
        second = queue_email("Reminder", "Tomorrow at 10.", ["bakyt@example.org", "aigul@example.org"])

    assert flush_outbox() == 2
    assert flush_outbox() == 0
    assert sorted(tuple(message.to) for message in mailoutbox) == [
        ("aigul@example.org",),
        ("bakyt@example.org", "aigul@example.org"),
    ]
    assert {email.status for email in OutboxEmail.objects.filter(pk__in=[first.pk, second.pk])} == {
        OutboxEmail.Status.SENT
    }


def test_stored_emails_are_encrypted_at_rest(queue_committed):
    email = queue_committed(
        html="<p>See you in Osh.</p>",
        attachments=[{"filename": "workshop.ics", "content": INVITATION, "mimetype": "text/calendar"}],
    )

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT subject, text_body, html_body, recipients, attachments FROM core_outboxemail WHERE id = %s",
            [email.pk],
        )
        stored = " ".join(cursor.fetchone())
    for plaintext in ("aigul@example.org", "See you in Osh", "Your place is booked", "Workshop in Osh"):
        assert plaintext not in stored


def test_a_dropped_connection_is_retried_later_until_the_mail_goes_out(smtp, queue_committed):
    smtp.sendmail.side_effect = [smtplib.SMTPServerDisconnected("gone"), TimeoutError(), ACCEPTED]

    with mock.patch("website.core.outbox.retry_delay", return_value=60):
        email = queue_committed()
        email.refresh_from_db()
        assert (email.status, email.attempts, email.last_error) == ("pending", 1, "SMTPServerDisconnected")
        assert flush_outbox() == 0  # not due yet
        with in_the_future(minutes=2):
            assert flush_outbox() == 0
        with in_the_future(minutes=4):
            assert flush_outbox() == 1

    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == ("sent", 3, "")
    assert smtp.sendmail.call_count == 3
    _from_email, recipients, _message = smtp.sendmail.call_args.args
    assert recipients == ["aigul@example.org"]


def test_a_temporary_refusal_4xx_is_kept_for_a_later_attempt(smtp, queue_committed):
    smtp.sendmail.side_effect = [smtplib.SMTPDataError(451, b"try again later"), ACCEPTED]

    email = queue_committed()
    email.refresh_from_db()
    assert (email.status, email.last_error) == ("pending", "SMTPDataError 451")

    with in_the_future(hours=2):
        assert flush_outbox() == 1
    assert smtp.sendmail.call_count == 2


@pytest.mark.parametrize(
    ("permanent_error", "recorded"),
    [
        (
            smtplib.SMTPRecipientsRefused({"aigul@example.org": (550, b"no such mailbox")}),
            "SMTPRecipientsRefused 550",
        ),
        (smtplib.SMTPDataError(554, b"<aigul@example.org> rejected as spam"), "SMTPDataError 554"),
        (smtplib.SMTPAuthenticationError(535, b"bad credentials"), "SMTPAuthenticationError 535"),
    ],
)
def test_a_permanent_failure_5xx_marks_the_email_failed_without_naming_the_address(
    smtp, queue_committed, permanent_error, recorded
):
    smtp.sendmail.side_effect = permanent_error

    email = queue_committed()

    email.refresh_from_db()
    assert (email.status, email.last_error) == ("failed", recorded)
    with in_the_future(hours=2):
        assert flush_outbox() == 0
    assert smtp.sendmail.call_count == 1


def test_retries_stop_after_the_last_attempt(smtp, queue_committed):
    smtp.sendmail.side_effect = smtplib.SMTPServerDisconnected("gone")

    email = queue_committed()
    for hours in range(1, MAX_SEND_ATTEMPTS + 2):
        with in_the_future(hours=hours):
            flush_outbox()

    email.refresh_from_db()
    assert (email.status, email.attempts) == ("failed", MAX_SEND_ATTEMPTS)
    assert smtp.sendmail.call_count == MAX_SEND_ATTEMPTS


@pytest.mark.parametrize("retries", range(MAX_SEND_ATTEMPTS))
def test_retry_delay_grows_and_is_capped(retries):
    delays = {retry_delay(retries) for _sample in range(50)}

    assert all(0 <= delay <= min(30 * 2**retries, RETRY_BACKOFF_MAX_SECONDS) for delay in delays)


def test_with_the_broker_down_sign_up_still_succeeds_and_the_email_goes_out_later(
    client, mailoutbox, monkeypatch, django_capture_on_commit_callbacks
):
    point_broker_at(monkeypatch, CLOSED_PORT_BROKER)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/accounts/signup/",
            {"email": "nurlan@example.org", "password1": PASSWORD, "password2": PASSWORD},
        )

    assert response.status_code == 302
    assert mailoutbox == []
    email = OutboxEmail.objects.get()
    assert (email.status, email.attempts) == ("pending", 0)

    assert flush_outbox() == 1
    [message] = mailoutbox
    assert message.to == ["nurlan@example.org"]
    assert "/en/accounts/confirm-email/" in message.body


@pytest.fixture
def silent_broker():
    """A TCP server that accepts connections and never answers, like a hung Redis."""
    server = socket.create_server(("127.0.0.1", 0))
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


def test_a_broker_that_hangs_does_not_hold_the_caller(monkeypatch, silent_broker, mailoutbox):
    point_broker_at(monkeypatch, silent_broker)
    email = outbox.store("Your place is booked", "See you in Osh.", "aigul@example.org")
    published = []

    caller = threading.Thread(target=lambda: published.append(publish([email.pk])), daemon=True)
    caller.start()
    caller.join(timeout=60)  # a deadline only so a regression cannot hang the suite

    assert published == [False]
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.PENDING
    assert mailoutbox == []


def admin_with_second_factor(**fields):
    user = UserFactory(is_staff=True, **fields)
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    return user


def test_administrators_see_delivery_status_but_never_recipients_or_contents(client, queue_committed):
    email = queue_committed(attachments=[{"filename": "workshop.ics", "content": INVITATION}])
    administrator = admin_with_second_factor()
    administrator.groups.add(Group.objects.get(name="Administrators"))
    client.force_login(administrator)

    listing = client.get(reverse("core_outbox:index"))

    assert listing.status_code == 200
    page = listing.content.decode()
    assert f"Email #{email.pk}" in page
    assert [(row.pk, row.status) for row in listing.context["object_list"]] == [(email.pk, "sent")]
    for personal in ("aigul@example.org", "See you in Osh", "Your place is booked", "workshop.ics"):
        assert personal not in page
    assert client.get(reverse("core_outbox:edit", args=[email.pk])).status_code == 302
    assert client.post(reverse("core_outbox:delete", args=[email.pk])).status_code == 302
    assert OutboxEmail.objects.filter(pk=email.pk).exists()


def test_editors_cannot_open_the_outbox(client):
    editor = admin_with_second_factor()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    assert client.get(reverse("core_outbox:index")).status_code == 302


def test_the_flush_deletes_finished_emails_after_the_retention_period(mailoutbox):
    def stored():
        return outbox.store("Your place is booked", "See you in Osh.", "aigul@example.org")

    old_sent, old_failed, old_pending = stored(), stored(), stored()
    outbox.deliver(old_sent.pk)
    OutboxEmail.objects.filter(pk=old_failed.pk).update(status=OutboxEmail.Status.FAILED)
    with in_the_future(days=outbox.RETENTION_DAYS - 1):
        recent_sent = stored()
        outbox.deliver(recent_sent.pk)

    with in_the_future(days=outbox.RETENTION_DAYS + 1):
        flush_outbox()

    assert set(OutboxEmail.objects.values_list("pk", flat=True)) == {old_pending.pk, recent_sent.pk}
    assert OutboxEmail.objects.get(pk=old_pending.pk).status == OutboxEmail.Status.SENT


@pytest.mark.django_db(transaction=True)
def test_a_bulk_sender_hands_emails_over_in_batches_over_one_connection_each(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "smtp.example.org"
    with mock.patch("django.core.mail.backends.smtp.smtplib.SMTP") as smtp_class:
        smtp_class.return_value.sendmail.return_value = ACCEPTED
        with batched_handover(batch_size=2):
            for number in range(5):
                with transaction.atomic():
                    queue(html=f"<p>Reminder {number}</p>")
            with transaction.atomic():
                queue(html="<p>Rolled back</p>")
                transaction.set_rollback(True)

    assert smtp_class.call_count == 3  # batches of 2, 2 and 1
    assert smtp_class.return_value.sendmail.call_count == 5
    assert OutboxEmail.objects.filter(status=OutboxEmail.Status.SENT).count() == 5
    assert not OutboxEmail.objects.exclude(status=OutboxEmail.Status.SENT).exists()
