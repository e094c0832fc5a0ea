import smtplib

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives

TRANSIENT_SMTP_ERRORS = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    smtplib.SMTPDataError,
    ConnectionError,
    TimeoutError,
)


@shared_task(
    bind=True, autoretry_for=TRANSIENT_SMTP_ERRORS, retry_backoff=30, retry_jitter=True, max_retries=6
)
def send_email(self, subject, body, to, html=None, from_email=None):
    """Send one rendered email; transient SMTP failures are retried with backoff."""
    message = EmailMultiAlternatives(subject, body, from_email or settings.DEFAULT_FROM_EMAIL, to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()
