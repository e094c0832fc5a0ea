"""The email task against a mocked SMTP server: transient failures are retried, permanent ones are not."""

import smtplib
from unittest import mock

import pytest

from website.celery import app as celery_app
from website.core.mail import queue_email
from website.core.tasks import MAX_SEND_ATTEMPTS, RETRY_BACKOFF_MAX_SECONDS, retry_delay, send_email

ACCEPTED = {}


@pytest.fixture
def smtp(settings, retries_run_in_process):
    """A fake SMTP server behind Django's real SMTP backend; set `sendmail.side_effect` to script it."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "smtp.example.org"
    with mock.patch("django.core.mail.backends.smtp.smtplib.SMTP") as smtp_class:
        yield smtp_class.return_value


@pytest.fixture
def retries_run_in_process(monkeypatch):
    """Eager tasks run their retries at once; with errors propagating, the first retry would stop the run.

    The app reads Django settings under the CELERY namespace, so its keys carry that prefix.
    """
    monkeypatch.setitem(celery_app.conf, "CELERY_TASK_EAGER_PROPAGATES", False)


def send():
    return send_email.delay(subject="Hello", body="Body", to=["aigul@example.org"])


def test_a_dropped_connection_is_retried_until_the_mail_goes_out(smtp):
    smtp.sendmail.side_effect = [smtplib.SMTPServerDisconnected("gone"), TimeoutError(), ACCEPTED]

    result = send()

    assert result.successful()
    assert smtp.sendmail.call_count == 3
    from_email, recipients, _message = smtp.sendmail.call_args.args
    assert recipients == ["aigul@example.org"]


def test_a_temporary_refusal_4xx_is_retried(smtp):
    smtp.sendmail.side_effect = [smtplib.SMTPDataError(451, b"try again later"), ACCEPTED]

    assert send().successful()
    assert smtp.sendmail.call_count == 2


@pytest.mark.parametrize(
    "permanent_error",
    [
        smtplib.SMTPRecipientsRefused({"aigul@example.org": (550, b"no such mailbox")}),
        smtplib.SMTPDataError(554, b"rejected as spam"),
        smtplib.SMTPAuthenticationError(535, b"bad credentials"),
    ],
)
def test_a_permanent_failure_5xx_is_not_retried(smtp, permanent_error):
    smtp.sendmail.side_effect = permanent_error

    result = send()

    assert isinstance(result.result, type(permanent_error))
    assert smtp.sendmail.call_count == 1


def test_retries_stop_after_the_last_attempt(smtp):
    smtp.sendmail.side_effect = smtplib.SMTPServerDisconnected("gone")

    result = send()

    assert isinstance(result.result, smtplib.SMTPServerDisconnected)
    assert smtp.sendmail.call_count == MAX_SEND_ATTEMPTS


@pytest.mark.parametrize("retries", range(MAX_SEND_ATTEMPTS))
def test_retry_delay_grows_and_is_capped(retries):
    delays = {retry_delay(retries) for _sample in range(50)}

    assert all(0 <= delay <= min(30 * 2**retries, RETRY_BACKOFF_MAX_SECONDS) for delay in delays)


@pytest.mark.django_db
def test_queued_email_waits_for_the_transaction_to_commit(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        queue_email("Subject", "Body", "aigul@example.org")
        assert mailoutbox == []

    [enqueue] = callbacks
    enqueue()
    assert [message.to for message in mailoutbox] == [["aigul@example.org"]]
