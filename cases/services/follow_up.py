"""The reporter's way back to a case with the receipt code: status, replies, more information and files."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cases.models import Case, CaseMessage, CaseStatus

from . import receipts
from .evidence import store_evidence

MAX_MESSAGE_LENGTH = 10_000

# What the reporter reads about their case, in plain words (the admin's labels are for case workers).
STATUS_FOR_REPORTER = {
    CaseStatus.NEW: _("We have received your report. Someone from our team will read it soon."),
    CaseStatus.ACCEPTED: _("Someone from our team has read your report and is taking it on."),
    CaseStatus.IN_PROGRESS: _("We are working on your case."),
    CaseStatus.REFERRED: _(
        "We have passed your case on to people who can help further. The messages below say more."
    ),
    CaseStatus.CLOSED: _(
        "This case is closed. If you need help again, you can still write to us below, or send a new report."
    ),
}


def status_for_reporter(case):
    return STATUS_FOR_REPORTER[case.status]


def case_for_code(code):
    """The case a receipt code opens, or None (a wrong code and an unknown one look the same)."""
    digests = receipts.candidate_digests(code)
    if not digests:
        return None
    return Case.objects.filter(receipt_digest__in=digests, anonymised_at__isnull=True).first()


def open_case(case_id):
    """The case kept open in the reporter's session, or None once it was anonymised or removed."""
    return Case.objects.filter(pk=case_id, anonymised_at__isnull=True).first()


def replies_for_reporter(case):
    """The whole conversation, oldest first; the case workers' messages are marked read as the reporter sees them."""
    messages = list(case.messages.all())
    unread = [message.pk for message in messages if not message.from_reporter and message.read_at is None]
    if unread:
        CaseMessage.objects.filter(pk__in=unread).update(read_at=timezone.now())
    return messages


def add_reporter_message(case, text="", files=()):
    """The reporter adds information and/or files; all or nothing. Returns the message or None (files only)."""
    stored = []
    message = None
    try:
        with transaction.atomic():
            if text:
                message = CaseMessage.objects.create(case=case, from_reporter=True, text=text)
            for prepared in files:
                stored.append(store_evidence(case, prepared))
            Case.objects.filter(pk=case.pk).update(last_action_at=timezone.now(), updated_at=timezone.now())
    except Exception:
        for evidence in stored:
            evidence.file.delete(save=False)
        raise
    return message
