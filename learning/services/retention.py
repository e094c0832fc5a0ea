"""Retention for ToT cohorts: what is left of participants once the course run ended longer ago than the period.

Participants stay, anonymised, with their attendance marks, so counts of participants and attendance stay
true. Trainers' notes on the cohort go, since they may speak of participants. Certificates are not
touched: they belong to the learner's account (not to the cohort), and their public verification page
must keep answering for as long as the person shows the certificate; deleting the account revokes them.
"""

from django.db.models import Max, Q
from django.utils import timezone

from learning.models import Cohort, Participant
from website.core.models import ANONYMISED_NAME
from website.core.retention import RetentionRule, retention_cutoff


def finished_cohorts(cutoff):
    """Cohorts whose end date and last session are both before `cutoff`."""
    return (
        Cohort.objects.annotate(last_session=Max("sessions__starts_at"))
        .filter(ends_on__lt=timezone.localdate(cutoff))
        .filter(Q(last_session__isnull=True) | Q(last_session__lt=cutoff))
    )


def anonymise_old_participants(now):
    """Participants of cohorts that finished before the period lose their name, contacts and account."""
    cohorts = finished_cohorts(retention_cutoff(now)).values("pk")
    anonymous = {"name": ANONYMISED_NAME, "email": "", "phone": "", "user": None}
    return Participant.objects.filter(cohort__in=cohorts).exclude(**anonymous).update(**anonymous)


def clear_old_cohort_notes(now):
    cohorts = finished_cohorts(retention_cutoff(now)).values("pk")
    return Cohort.objects.filter(pk__in=cohorts).exclude(trainer_notes="").update(trainer_notes="")


def retention_rules():
    """What learning shreds each night once a course run finished longer ago than the retention period."""
    return [
        RetentionRule("participants_anonymised", anonymise_old_participants),
        RetentionRule("cohort_notes_cleared", clear_old_cohort_notes),
    ]
