"""Email delivery tasks (stored emails handed over on commit, the periodic flush of the outbox), the audit log
purge and the end of the personal data retention period."""

from celery import shared_task

from . import outbox
from .audit import purge_expired_entries
from .retention import shred_expired_personal_data


@shared_task
def deliver_outbox_emails(outbox_ids):
    """Send these outbox emails; a redelivered or duplicate task finds them sent and does nothing."""
    return outbox.deliver_batch(outbox_ids)


@shared_task
def flush_outbox():
    """Periodic scan (see CELERY_BEAT_SCHEDULE): send what is due, e.g. emails queued while the broker was down.

    Old sent and failed emails are deleted on the way.
    """
    outbox.purge_finished()
    return outbox.flush()


@shared_task
def purge_audit_entries():
    """Daily: audit entries are kept for AUDIT_RETENTION_DAYS, then deleted."""
    return purge_expired_entries()


@shared_task
def shred_personal_data():
    """Nightly: anonymise registrations and cohort participants PERSONAL_DATA_RETENTION_MONTHS after the end."""
    return shred_expired_personal_data()
