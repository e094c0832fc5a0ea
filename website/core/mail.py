"""Transactional email: rendered in the recipient's language, sent by a Celery task with retries."""

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


def send_templated_email(template_prefix, to, context, language, *, on_commit=True):
    """Queue one email to one address, rendered now in `language`; queued after the transaction commits."""
    from django.db import transaction

    subject, text, html = render_email(template_prefix, context, language)

    def enqueue():
        send_email.delay(subject=subject, body=text, to=[to], html=html or None)

    if on_commit:
        transaction.on_commit(enqueue)
    else:
        enqueue()


def language_for(user, fallback=None):
    from django.conf import settings

    return getattr(user, "preferred_language", None) or fallback or settings.LANGUAGE_CODE
