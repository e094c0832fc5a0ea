"""Personal data of event registrations and cohort participants is kept PERSONAL_DATA_RETENTION_MONTHS
after the event or the course run ended, then removed or anonymised by a nightly task.

The rules per app live in events.services.retention and learning.services.retention; counts and
anonymous statistics (statuses, check-ins, attendance marks, ratings) stay.
"""

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from events.services.retention import shred_ended_events
from learning.services.retention import shred_finished_cohorts

from . import outbox
from .audit import record


def retention_cutoff(now=None):
    """Data of what ended before this moment has been kept long enough."""
    return (now or timezone.now()) - relativedelta(months=settings.PERSONAL_DATA_RETENTION_MONTHS)


def counts_detail(counts):
    return " ".join(f"{name}={number}" for name, number in counts.items())


@transaction.atomic
def shred_expired_personal_data(now=None):
    """Remove or anonymise what is past the retention period; returns counts of what changed.

    Leaves one audit entry with the counts (never a value) when anything changed.
    """
    cutoff = retention_cutoff(now)
    counts = {
        **shred_ended_events(cutoff),
        **shred_finished_cohorts(cutoff),
        "outbox_emails_deleted": outbox.purge_created_before(cutoff),
    }
    if any(counts.values()):
        record(None, "shred_personal_data", object_type="retention", detail=counts_detail(counts))
    return counts
