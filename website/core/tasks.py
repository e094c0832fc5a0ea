"""Email delivery (one task that sends a rendered message, retrying transient failures) and the audit log purge."""

import smtplib

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection

from website.core.audit import purge_expired_entries

MAX_SEND_ATTEMPTS = 7
RETRY_BACKOFF_SECONDS = 30
RETRY_BACKOFF_MAX_SECONDS = 60 * 60
SMTP_TIMEOUT_SECONDS = 30


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


@shared_task(bind=True, max_retries=MAX_SEND_ATTEMPTS - 1)
def send_email(self, subject, body, to, html=None, from_email=None):
    """Send one rendered email; transient SMTP failures are retried with backoff, permanent ones raise."""
    connection = get_connection(timeout=getattr(settings, "EMAIL_TIMEOUT", None) or SMTP_TIMEOUT_SECONDS)
    message = EmailMultiAlternatives(
        subject, body, from_email or settings.DEFAULT_FROM_EMAIL, to, connection=connection
    )
    if html:
        message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        if not is_transient(error):
            raise
        raise self.retry(exc=error, countdown=retry_delay(self.request.retries)) from error


@shared_task
def purge_audit_entries():
    """Daily: audit entries are kept for AUDIT_RETENTION_DAYS, then deleted."""
    return purge_expired_entries()
