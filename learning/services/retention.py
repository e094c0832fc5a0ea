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


def finished_cohorts(cutoff):
    """Cohorts whose end date and last session are both before `cutoff`."""
    return (
        Cohort.objects.annotate(last_session=Max("sessions__starts_at"))
        .filter(ends_on__lt=timezone.localdate(cutoff))
        .filter(Q(last_session__isnull=True) | Q(last_session__lt=cutoff))
    )


def shred_finished_cohorts(cutoff):
    """Remove personal data of cohorts that ended before `cutoff`; returns counts of what changed."""
    cohorts = finished_cohorts(cutoff).values("pk")
    anonymous = {"name": ANONYMISED_NAME, "email": "", "phone": "", "user": None}
    return {
        "participants_anonymised": Participant.objects.filter(cohort__in=cohorts)
        .exclude(**anonymous)
        .update(**anonymous),
        "cohort_notes_cleared": Cohort.objects.filter(pk__in=cohorts)
        .exclude(trainer_notes="")
        .update(trainer_notes=""),
    }
