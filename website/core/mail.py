"""Transactional email: rendered in the recipient's language, saved to the outbox, sent by a Celery task.

See website.core.outbox for how a message survives a broker or mail server that is down.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation
from kombu.exceptions import OperationalError

from . import outbox
from .tasks import deliver_outbox_email

logger = logging.getLogger("birge.mail")


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


def publish(outbox_id):
    """Hand a stored email to the worker; with the broker down, leave it for the periodic flush.

    No publish retries: the caller is usually a request, and the outbox row already keeps the message.
    """
    try:
        deliver_outbox_email.apply_async((outbox_id,), retry=False)
    except OperationalError as error:
        logger.warning(
            "Broker unavailable, email %s stays in the outbox: %s", outbox_id, type(error).__name__
        )
        return False
    return True


def queue_email(subject, text, to, html="", from_email=None, *, attachments=(), on_commit=True):
    """Save a rendered email to the outbox now and hand it to the worker once the transaction commits.

    The row is written in the caller's transaction, so a rolled-back sign-up or order leaves no email.
    `attachments` is a list of {filename, content (text), mimetype} or such triples. `on_commit=False` publishes at
    once; a worker that cannot see the row yet leaves it to the flush. Returns the outbox row.
    """
    email = outbox.store(subject, text, to, html, from_email, attachments)
    if on_commit:
        transaction.on_commit(lambda: publish(email.pk))
    else:
        publish(email.pk)
    return email


def send_templated_email(template_prefix, to, context, language, *, attachments=(), on_commit=True):
    """Queue one email to one address, rendered now in `language`; handed on after the transaction commits."""
    subject, text, html = render_email(template_prefix, context, language)
    return queue_email(subject, text, to, html, attachments=attachments, on_commit=on_commit)


def language_for(user, fallback=None):
    """The language to write to a person in: theirs, else the fallback, else the site default."""
    return getattr(user, "preferred_language", None) or fallback or settings.LANGUAGE_CODE
