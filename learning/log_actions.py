"""Staff changes in the Learning admin, logged through Wagtail's own log: each object's History and the
Site history report show them with these labels. Log titles name no person (an order's reference, a
voucher's code, a course); who viewed or exported personal data stays in the project's audit log."""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

VOUCHER_CREATED = "birge.voucher_created"
FREE_ENROLMENT = "birge.free_enrolment"
REFUND = "birge.refund"
BANK_TRANSFER_CONFIRMED = "birge.bank_transfer_confirmed"

LOG_ACTIONS = [
    (VOUCHER_CREATED, _("Create voucher"), _("Voucher created")),
    (FREE_ENROLMENT, _("Enrol free of charge"), _("Enrolled free of charge by staff")),
    (REFUND, _("Refund"), _("Order refunded; the learner's access ended")),
    (
        BANK_TRANSFER_CONFIRMED,
        _("Confirm bank transfer"),
        _("Bank transfer confirmed; the learner is enrolled"),
    ),
]


def register_learning_log_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


def enrolment_title(enrolment):
    """An enrolment's name in the log: its number and course, not the learner's name."""
    return f"#{enrolment.pk} · {enrolment.course.title}"


def log_enrolment(enrolment, action, **kwargs):
    return log(instance=enrolment, action=action, title=enrolment_title(enrolment), **kwargs)
