"""Closed cases keep their words, contacts and files only for a while (CASES_ANONYMISE_AFTER_DAYS after closing).

Then the narrative, the contact, the messages, the notes, the intervention notes and the evidence files
(from disk too) are erased; what the statistics count (dates, region, types, perpetrator, community
factors, consent, interventions' kinds and dates) stays. The receipt code stops opening the case.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction

from cases.models import Case, CaseMessage, CaseNote, CaseStatus, ContactMethod, Evidence, Intervention

from .evidence import delete_evidence_file

ERASED = ""


def cases_due_for_anonymising(now):
    cutoff = now - timedelta(days=settings.CASES_ANONYMISE_AFTER_DAYS)
    return Case.objects.filter(
        status=CaseStatus.CLOSED, closed_at__isnull=False, closed_at__lte=cutoff, anonymised_at__isnull=True
    )


def anonymise_closed_cases(now):
    """Erase the personal content of every case closed longer than the retention period; returns how many."""
    count = 0
    for case_id in cases_due_for_anonymising(now).values_list("pk", flat=True):
        anonymise_case(case_id, now)
        count += 1
    return count


def anonymise_case(case_id, now):
    """One case, all or nothing in the database; its files are removed from disk once that has committed."""
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case_id)
        evidence = list(Evidence.objects.filter(case=case))
        CaseMessage.objects.filter(case=case).update(text=ERASED)
        CaseNote.objects.filter(case=case).update(text=ERASED)
        Intervention.objects.filter(case=case).update(note=ERASED)
        Evidence.objects.filter(case=case).update(original_name=ERASED, file=ERASED)
        case.narrative = ERASED
        case.contact = ERASED
        case.contact_method = ContactMethod.NONE
        case.town = ""
        case.receipt_digest = f"anonymised-{case.pk}"
        case.anonymised_at = now
        case.save()
        transaction.on_commit(lambda: [delete_evidence_file(item) for item in evidence])
