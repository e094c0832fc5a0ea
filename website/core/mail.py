"""Transactional email: rendered in the recipient's language, sent by a Celery task with retries."""

from django.conf import settings
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

from .tasks import send_email


def render_email(template_prefix, context, language):
    """Render `<prefix>_subject.txt`, `<prefix>_message.txt` and, if present, `<prefix>_message.html`."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).splitlines()).strip()
        text = render_to_string(f"{template_prefix}_message.txt", context)
        try:
            html = render_to_string(f"{template_prefix}_message.html", context)
        except TemplateDoesNotExist:
            html = ""
    return subject, text, html


def queue_email(subject, text, to, html="", from_email=None, *, attachments=(), on_commit=True):
    """Hand a rendered email to the Celery task; by default only once the current transaction commits.

    Waiting for the commit means a rolled-back sign-up or order never sends its email.
    """
    recipients = [to] if isinstance(to, str) else list(to)

    def enqueue():
        send_email.delay(
            subject=subject,
            body=text,
            to=recipients,
            html=html or None,
            from_email=from_email,
            attachments=[list(attachment) for attachment in attachments],
        )

    if on_commit:
        transaction.on_commit(enqueue)
    else:
        enqueue()


def send_templated_email(template_prefix, to, context, language, *, attachments=(), on_commit=True):
    """Queue one email to one address, rendered now in `language`; queued after the transaction commits."""
    subject, text, html = render_email(template_prefix, context, language)
    queue_email(subject, text, to, html, attachments=attachments, on_commit=on_commit)


def language_for(user, fallback=None):
    """The language to write to a person in: theirs, else the fallback, else the site default."""
    return getattr(user, "preferred_language", None) or fallback or settings.LANGUAGE_CODE
