"""What case workers do with a case: change its status, assign it, write notes, message the reporter and
record interventions. Each is logged in the case's History and counts as an action (`last_action_at`)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cases import log_actions
from cases.models import Case, CaseMessage, CaseNote, CaseStatus, CaseWorker, Intervention
from cases.services import notifications

# Which statuses a case may move to from each status; a closed case may be reopened.
TRANSITIONS = {
    CaseStatus.NEW: (CaseStatus.ACCEPTED, CaseStatus.REFERRED, CaseStatus.CLOSED),
    CaseStatus.ACCEPTED: (CaseStatus.IN_PROGRESS, CaseStatus.REFERRED, CaseStatus.CLOSED),
    CaseStatus.IN_PROGRESS: (CaseStatus.REFERRED, CaseStatus.CLOSED),
    CaseStatus.REFERRED: (CaseStatus.IN_PROGRESS, CaseStatus.CLOSED),
    CaseStatus.CLOSED: (CaseStatus.IN_PROGRESS,),
}


class WorkflowError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def next_statuses(case):
    return TRANSITIONS[CaseStatus(case.status)]


def locked(case):
    """The case's row, locked until the transaction ends, so two case workers' changes do not cross."""
    return Case.objects.select_for_update().get(pk=case.pk)


def touch(case, now, *fields):
    case.last_action_at = now
    case.save(update_fields=["last_action_at", "updated_at", *fields])


@transaction.atomic
def change_status(case, user, status, closing_reason=""):
    """Move the case to `status`; closing needs a reason, and reopening forgets it."""
    case = locked(case)
    if status not in next_statuses(case):
        raise WorkflowError(_("A case cannot move from this status to that one."))
    if status == CaseStatus.CLOSED and not closing_reason:
        raise WorkflowError(_("Give a closing reason to close the case."))
    old, now = case.status, timezone.now()
    case.status = status
    case.closing_reason = closing_reason if status == CaseStatus.CLOSED else ""
    case.closed_at = now if status == CaseStatus.CLOSED else None
    touch(case, now, "status", "closing_reason", "closed_at")
    log_actions.log_case(
        case, log_actions.STATUS_CHANGED, user, old=old, new=status, closing_reason=case.closing_reason
    )
    return case


def assignable_workers(organisation):
    """The people a case of `organisation` may be assigned to: its case workers with active accounts."""
    return CaseWorker.objects.filter(organisation=organisation, user__is_active=True).select_related("user")


@transaction.atomic
def assign(case, user, assignee):
    """Give the case to a case worker of its organisation, or to no one (`assignee` None)."""
    case = locked(case)
    if assignee is not None and not assignable_workers(case.organisation).filter(user=assignee).exists():
        raise WorkflowError(_("Cases can only be assigned to case workers of their organisation."))
    case.assignee = assignee
    touch(case, timezone.now(), "assignee")
    log_actions.log_case(case, log_actions.ASSIGNED, user, assignee=assignee.pk if assignee else None)
    return case


@transaction.atomic
def add_note(case, user, text):
    case = locked(case)
    note = CaseNote.objects.create(case=case, author=user, text=text)
    touch(case, note.created_at)
    log_actions.log_case(case, log_actions.NOTE_ADDED, user)
    return note


@transaction.atomic
def send_message(case, user, text):
    """A message the reporter reads with their receipt code; they are told of it if they left an email."""
    case = locked(case)
    message = CaseMessage.objects.create(case=case, author=user, text=text, from_reporter=False)
    touch(case, message.created_at)
    log_actions.log_case(case, log_actions.MESSAGE_SENT, user)
    notifications.tell_reporter_about_message(case)
    return message


@transaction.atomic
def record_intervention(case, user, kind, happened_on, note=""):
    case = locked(case)
    intervention = Intervention.objects.create(
        case=case, kind=kind, happened_on=happened_on, note=note, recorded_by=user
    )
    touch(case, intervention.created_at)
    log_actions.log_case(case, log_actions.INTERVENTION_RECORDED, user, kind=kind)
    return intervention
