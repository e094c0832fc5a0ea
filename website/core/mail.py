"""Transactional email: rendered in the recipient's language, saved to the outbox, sent by a Celery task.

See website.core.outbox for how a message survives a broker or mail server that is down.
"""

import logging
import threading
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation
from kombu.exceptions import OperationalError

from . import outbox
from .outage import breaker_for
from .tasks import deliver_outbox_emails

logger = logging.getLogger("birge.mail")
handover = threading.local()


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


def publish(outbox_ids):
    """Hand stored emails to the worker; with the broker down, leave them for the periodic flush.

    No publish retries: the caller is usually a request, and the outbox rows already keep the messages.
    A broker that failed a moment ago is not asked again until its breaker lets it (website.core.outage).
    """
    breaker = breaker_for(deliver_outbox_emails.app.conf.broker_url)
    if not breaker.allows():
        logger.info("Broker skipped, %s email(s) stay in the outbox", len(outbox_ids))
        return False
    try:
        deliver_outbox_emails.apply_async((list(outbox_ids),), retry=False)
    except OperationalError as error:
        breaker.trip("Broker", error)
        logger.warning("%s email(s) stay in the outbox", len(outbox_ids))
        return False
    return True


@contextmanager
def batched_handover(batch_size=outbox.FLUSH_BATCH_SIZE):
    """Inside, committed emails go to the worker in batches: one task and one SMTP connection per batch.

    For bulk senders such as the reminder scan; each id joins the batch only once its transaction commits.
    """
    if getattr(handover, "batch", None) is not None:
        yield
        return
    handover.batch, handover.size = [], batch_size
    try:
        yield
    finally:
        batch, handover.batch = handover.batch, None
        if batch:
            publish(batch)


def hand_over(outbox_id):
    """After the commit: publish the email now, or add it to the open batch (published when full)."""
    batch = getattr(handover, "batch", None)
    if batch is None:
        publish([outbox_id])
        return
    batch.append(outbox_id)
    if len(batch) >= handover.size:
        publish(batch)
        batch.clear()


def queue_email(subject, text, to, html="", from_email=None, *, attachments=(), on_commit=True):
    """Save a rendered email to the outbox now and hand it to the worker once the transaction commits.

    The row is written in the caller's transaction, so a rolled-back sign-up or order leaves no email.
    `attachments` is a list of {filename, content (text), mimetype} or such triples. `on_commit=False` publishes at
    once; a worker that cannot see the row yet leaves it to the flush. Returns the outbox row.
    """
    email = outbox.store(subject, text, to, html, from_email, attachments)
    if on_commit:
        transaction.on_commit(lambda: hand_over(email.pk))
    else:
        publish([email.pk])
    return email


def queue_composed_email(composer, **arguments):
    """Queue an email that the worker writes as it sends it (see outbox.store_to_compose); handed on after the commit.

    `composer` is the dotted path of a function taking `arguments` (record ids) and returning an
    outbox.ComposedEmail, or None when there is nothing to send any more.
    """
    email = outbox.store_to_compose(composer, arguments)
    transaction.on_commit(lambda: hand_over(email.pk))
    return email


def send_templated_email(template_prefix, to, context, language, *, attachments=(), on_commit=True):
    """Queue one email to one address, rendered now in `language`; handed on after the transaction commits."""
    subject, text, html = render_email(template_prefix, context, language)
    return queue_email(subject, text, to, html, attachments=attachments, on_commit=on_commit)


def language_for(user, fallback=None):
    """The language to write to a person in: theirs, else the fallback, else the site default."""
    return getattr(user, "preferred_language", None) or fallback or settings.LANGUAGE_CODE
