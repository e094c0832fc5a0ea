"""Personal data of event registrations, cohort participants and the like is kept
PERSONAL_DATA_RETENTION_MONTHS after the event or the course run ended, then removed or anonymised by a
nightly task.

Each app declares what it keeps past the period as retention rules, in the manner of pretix's data
shredders: in its own wagtail_hooks.py, a function registered with the `register_retention_rule` hook
returns a RetentionRule (or a list of them). Counts and anonymous statistics (statuses, check-ins,
attendance marks, ratings) stay.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .audit import record
from .registries import registered

HOOK = "register_retention_rule"


@dataclass(frozen=True)
class RetentionRule:
    """`shred(now)` erases what an app keeps past its period and returns how many records it changed.

    `key` names the count in the nightly run's audit entry, e.g. "registrations_anonymised".
    """

    key: str
    shred: Callable[[datetime], int]


def retention_cutoff(now=None):
    """Data of what ended before this moment has been kept long enough."""
    return (now or timezone.now()) - relativedelta(months=settings.PERSONAL_DATA_RETENTION_MONTHS)


def retention_rules():
    return registered(HOOK)


def counts_detail(counts):
    return " ".join(f"{name}={number}" for name, number in counts.items())


@transaction.atomic
def shred_expired_personal_data(now=None):
    """Run every app's retention rule; returns the count of what each one changed.

    Leaves one audit entry with the counts (never a value) when anything changed.
    """
    now = now or timezone.now()
    counts = {rule.key: rule.shred(now) for rule in retention_rules()}
    if any(counts.values()):
        record(None, "shred_personal_data", object_type="retention", detail=counts_detail(counts))
    return counts
