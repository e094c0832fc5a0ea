"""Case workers' changes to a case, logged through Wagtail's own log so the case's History shows them.

Log titles and data hold the case's number, statuses, kinds and who did it: never a narrative, a note, a
message or a contact. Who opened a case, a file or an export stays in the project's audit log.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

from cases.models import CaseStatus, ClosingReason, InterventionKind

STATUS_CHANGED = "birge.case_status_changed"
ASSIGNED = "birge.case_assigned"
NOTE_ADDED = "birge.case_note_added"
MESSAGE_SENT = "birge.case_message_sent"
INTERVENTION_RECORDED = "birge.case_intervention_recorded"
ASSIGNEE_REMINDED = "birge.case_assignee_reminded"


class StatusChanged(LogFormatter):
    label = _("Change case status")

    def format_message(self, log_entry):
        data = log_entry.data
        message = _("Status changed from “%(old)s” to “%(new)s”") % {
            "old": CaseStatus(data["old"]).label,
            "new": CaseStatus(data["new"]).label,
        }
        if data.get("closing_reason"):
            message = _("%(change)s; closing reason: %(reason)s") % {
                "change": message,
                "reason": ClosingReason(data["closing_reason"]).label,
            }
        return message


class Assigned(LogFormatter):
    label = _("Assign case")

    def format_message(self, log_entry):
        assignee = get_user_model().objects.filter(pk=log_entry.data.get("assignee")).first()
        if assignee is None:
            return _("No one is assigned any more")
        return _("Assigned to %(name)s") % {"name": assignee.get_full_name() or assignee.get_username()}


class InterventionRecorded(LogFormatter):
    label = _("Record intervention")

    def format_message(self, log_entry):
        return _("Intervention recorded: %(kind)s") % {"kind": InterventionKind(log_entry.data["kind"]).label}


def register_case_log_actions(actions):
    actions.register_action(STATUS_CHANGED)(StatusChanged)
    actions.register_action(ASSIGNED)(Assigned)
    actions.register_action(INTERVENTION_RECORDED)(InterventionRecorded)
    actions.register_action(NOTE_ADDED, _("Add note"), _("Note added"))
    actions.register_action(
        MESSAGE_SENT, _("Send message to the reporter"), _("Message sent to the reporter")
    )
    actions.register_action(
        ASSIGNEE_REMINDED, _("Remind assignee"), _("The assignee was reminded of the case")
    )


def log_case(case, action, user=None, **data):
    return log(instance=case, action=action, user=user, title=str(case), data=data)
