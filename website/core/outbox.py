"""The email outbox: no email is lost when the broker (Redis) or the mail server is down.

- `store` saves a rendered email as an OutboxEmail row in the caller's transaction, so it exists
  exactly when the change that caused it (a sign-up, an order) is committed, and never otherwise.
  `store_to_compose` saves instead the name of a composer and the ids it needs: the worker writes the
  email when it sends it. Busy paths such as a sign-up, which holds the event's seat lock, then render
  no templates and encrypt no content in the request. The content is never stored; a composer that
  finds nothing to send any more (the registration was anonymised) leaves the row dropped.
- After the commit, website.core.mail hands the row's id to the `deliver_outbox_emails` task (bulk
  senders such as the reminder scan hand ids over in batches). If the broker does not answer,
  publishing gives up within a fraction of a second (see REDIS_CLIENT_TIMEOUTS in the settings), the
  broker is left alone for a few seconds (website.core.outage) and the row simply stays pending.
- `deliver_batch` sends a batch over one SMTP connection; for each row, `deliver` locks it (skipping
  rows another worker holds), sends it and marks it sent in the row's own transaction: a row already
  sent, failed or being sent is left alone, so a task delivered twice, or a task racing the periodic
  scan, sends nothing twice.
- A transient SMTP failure (network trouble, a 4xx reply) puts the next attempt off with
  exponential backoff; a permanent one (5xx) or the last allowed attempt marks the row failed.
- `flush`, run every minute by beat, delivers every pending row whose time has come: messages
  queued while Redis was down go out once the worker runs again. The same task deletes sent and
  failed rows after RETENTION_DAYS, so personal data is not kept longer than needed.

Delivery is at least once. The send comes before the commit of `sent`, so a worker that dies (or
loses its database connection) after the mail server accepted a message and before that commit leaves
the row pending, and the next attempt sends it again: at most one extra copy per worker process that
dies, of the message it had in flight, and none of any other. Every row gets its Message-ID when it
is saved (OutboxEmail.message_id) and every attempt sends that same header, so mail programs show the
two copies as one message.

Recipients, subject, bodies and attachments are encrypted at rest; `last_error` holds the kind of
error and its SMTP code only, never an address.
"""

import json
import logging
import smtplib
from dataclasses import dataclass, field
from datetime import timedelta

from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import OutboxEmail
from .retention import retention_cutoff

logger = logging.getLogger("birge.mail")

MAX_SEND_ATTEMPTS = 7
RETRY_BACKOFF_SECONDS = 30
RETRY_BACKOFF_MAX_SECONDS = 60 * 60
SMTP_TIMEOUT_SECONDS = 30
FLUSH_BATCH_SIZE = 100
RETENTION_DAYS = 30


@dataclass(frozen=True)
class ComposedEmail:
    """What a composer returns: the email to send now."""

    subject: str
    text: str
    html: str
    to: list
    attachments: list = field(default_factory=list)


def is_transient(error):
    """Whether a failed send may succeed later: network trouble or an SMTP 4xx reply (5xx is final)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _message in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    return isinstance(error, smtplib.SMTPServerDisconnected | ConnectionError | TimeoutError)


def retry_delay(retries):
    """Exponential backoff with full jitter: up to 30 s, 60 s, 120 s, ... capped at an hour."""
    return get_exponential_backoff_interval(
        factor=RETRY_BACKOFF_SECONDS, retries=retries, maximum=RETRY_BACKOFF_MAX_SECONDS, full_jitter=True
    )


def describe_error(error):
    """The error's kind and SMTP codes, without the server's text (which often quotes the address)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({code for code, _message in error.recipients.values()})
        return f"{type(error).__name__} {' '.join(map(str, codes))}"
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{type(error).__name__} {error.smtp_code}"
    return type(error).__name__


def normalised_attachments(attachments):
    """Attachments as a list of {filename, content, mimetype}, from dicts or (filename, content, mimetype)."""
    return [as_attachment_dict(attachment) for attachment in attachments]


def as_attachment_dict(attachment):
    if not isinstance(attachment, dict):
        filename, content, mimetype = attachment
        attachment = {"filename": filename, "content": content, "mimetype": mimetype}
    return {
        "filename": str(attachment["filename"]),
        "content": attachment["content"],
        "mimetype": attachment.get("mimetype") or "application/octet-stream",
    }


def content_fields(subject, text, to, html="", attachments=()):
    """An email's content as the outbox's columns hold it (recipients and attachments as JSON)."""
    recipients = [to] if isinstance(to, str) else list(to)
    return {
        "subject": subject,
        "text_body": text,
        "html_body": html or "",
        "recipients": json.dumps(recipients),
        "attachments": json.dumps(normalised_attachments(attachments)) if attachments else "",
    }


def store(subject, text, to, html="", from_email=None, attachments=()):
    """Save a rendered email as pending, in the current transaction; returns the row."""
    return OutboxEmail.objects.create(
        **content_fields(subject, text, to, html, attachments), from_email=from_email or ""
    )


def store_to_compose(composer, arguments):
    """Save an email the worker will write with `composer` (a dotted path), called with `arguments` (ids)."""
    return OutboxEmail.objects.create(composer=composer, composer_arguments=arguments)


def compose(email):
    """Fill a deferred email's content in memory from its composer; False if there is nothing to send any more."""
    composed = import_string(email.composer)(**email.composer_arguments)
    if composed is None:
        return False
    content = content_fields(
        composed.subject, composed.text, composed.to, composed.html, composed.attachments
    )
    for column, value in content.items():
        setattr(email, column, value)
    return True


def drop(email):
    email.status = OutboxEmail.Status.DROPPED
    email.save(update_fields=["status", "attempts"])


def mail_connection():
    """A connection to the mail server with a bounded SMTP timeout; opened on first use."""
    return get_connection(timeout=getattr(settings, "EMAIL_TIMEOUT", None) or SMTP_TIMEOUT_SECONDS)


def build_message(email, connection):
    """The Django message for a stored email, on the given connection, with the email's own Message-ID."""
    message = EmailMultiAlternatives(
        email.subject,
        email.text_body,
        email.from_email or settings.DEFAULT_FROM_EMAIL,
        email.recipient_list,
        connection=connection,
        headers={"Message-ID": email.message_id},
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    for attachment in email.attachment_list:
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    return message


def record_failure(email, error):
    """Put the next attempt off after a transient failure; mark the email failed after a final one."""
    email.last_error = describe_error(error)[:255]
    if is_transient(error) and email.attempts < MAX_SEND_ATTEMPTS:
        email.available_at = timezone.now() + timedelta(seconds=retry_delay(email.attempts - 1))
        logger.warning(
            "Email %s not sent (%s), attempt %s: will retry", email.pk, email.last_error, email.attempts
        )
    else:
        email.status = OutboxEmail.Status.FAILED
        logger.error(
            "Email %s failed for good (%s) after %s attempts", email.pk, email.last_error, email.attempts
        )
    email.save(update_fields=["status", "available_at", "last_error", "attempts"])


def deliver(outbox_id, connection=None):
    """Send one pending email unless it is sent, failed or held by another worker; True if it went out.

    With a shared `connection`, it is opened once and stays open for the next email of the batch.
    """
    connection = connection or mail_connection()
    with transaction.atomic():
        email = (
            OutboxEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=outbox_id, status=OutboxEmail.Status.PENDING)
            .first()
        )
        if email is None:
            return False
        email.attempts += 1
        try:
            if email.composer and not compose(email):
                drop(email)
                return False
            connection.open()
            build_message(email, connection).send()
        except Exception as error:  # whatever the backend raises is recorded on the row, never lost
            record_failure(email, error)
            return False
        email.status = OutboxEmail.Status.SENT
        email.sent_at = timezone.now()
        email.last_error = ""
        email.save(update_fields=["status", "sent_at", "last_error", "attempts"])
    return True


def deliver_batch(outbox_ids):
    """Deliver these emails over one mail server connection; returns how many went out."""
    connection = mail_connection()
    try:
        return sum(deliver(outbox_id, connection) for outbox_id in outbox_ids)
    finally:
        connection.close()


def due_ids(after_id, batch_size):
    """Ids of pending emails whose next attempt is due, in id order after `after_id`."""
    return list(
        OutboxEmail.objects.filter(
            status=OutboxEmail.Status.PENDING, available_at__lte=timezone.now(), pk__gt=after_id
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:batch_size]
    )


def flush(batch_size=FLUSH_BATCH_SIZE):
    """Deliver every due pending email, batch by batch; returns how many went out."""
    sent = 0
    last_id = 0
    while batch := due_ids(last_id, batch_size):
        sent += deliver_batch(batch)
        last_id = batch[-1]
    return sent


def purge_finished(days=RETENTION_DAYS):
    """Delete sent, failed and dropped emails older than `days`; returns how many were deleted."""
    deleted, _by_model = OutboxEmail.objects.filter(
        status__in=[OutboxEmail.Status.SENT, OutboxEmail.Status.FAILED, OutboxEmail.Status.DROPPED],
        created_at__lt=timezone.now() - timedelta(days=days),
    ).delete()
    return deleted


def purge_created_before(cutoff):
    """Delete every email created before `cutoff`, even one never sent; returns how many were deleted.

    Sent and failed emails are gone after RETENTION_DAYS already; this catches the rest at the end
    of the personal data retention period (website.core.retention), so no old address outlives it.
    """
    deleted, _by_model = OutboxEmail.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def purge_past_retention_period(now):
    """Core's retention rule: no email older than the personal data retention period is kept."""
    return purge_created_before(retention_cutoff(now))
