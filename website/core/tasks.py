"""Email delivery tasks: one stored email on commit, and the periodic flush of the outbox."""

from celery import shared_task

from . import outbox


@shared_task
def deliver_outbox_email(outbox_id):
    """Send one outbox email; a redelivered or duplicate task finds it sent and does nothing."""
    return outbox.deliver(outbox_id)


@shared_task
def flush_outbox():
    """Periodic scan (see CELERY_BEAT_SCHEDULE): send what is due, e.g. emails queued while the broker was down.

    Old sent and failed emails are deleted on the way.
    """
    outbox.purge_finished()
    return outbox.flush()
