"""Closed cases lose their words, contacts and files after the retention period; the statistics stay."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from cases.models import Case, CaseMessage, CaseNote, CaseStatus, Evidence, Intervention
from cases.services import follow_up, intake
from cases.services.evidence import prepare_upload
from cases.services.retention import anonymise_closed_cases

from ..helpers import jpeg_with_gps, upload

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def closed_case(days_ago, violation_types=(), status=CaseStatus.CLOSED):
    case, code = intake.create_case(
        {
            "narrative": "Меня уволили, когда узнали о моём ВИЧ-статусе.",
            "region": "jalal_abad",
            "town": "kerben",
            "perpetrator": "employer",
            "hiv": True,
            "contact_method": "phone",
            "contact": "+996 555 123 456",
            "consent": "statistics",
            "happened_on": "2025-03-01",
        },
        violation_types=violation_types,
        files=[prepare_upload(upload(jpeg_with_gps(), name="Айгуль_увольнение.jpg"))],
    )
    CaseMessage.objects.create(case=case, from_reporter=False, text="Юрист свяжется с вами.")
    CaseNote.objects.create(case=case, text="Работодатель: ОсОО «Пример».")
    Intervention.objects.create(
        case=case, kind="legal_consultation", happened_on="2025-03-10", note="Встреча в Кербене"
    )
    closed_at = NOW - timedelta(days=days_ago) if status == CaseStatus.CLOSED else None
    Case.objects.filter(pk=case.pk).update(
        status=status, closing_reason="resolved" if closed_at else "", closed_at=closed_at
    )
    return Case.objects.get(pk=case.pk), code


def test_a_case_closed_longer_than_the_period_is_anonymised_and_its_files_leave_the_disk(
    settings, violation_types, django_capture_on_commit_callbacks
):
    settings.CASES_ANONYMISE_AFTER_DAYS = 365
    police = violation_types["Насилие со стороны полиции"]
    case, code = closed_case(days_ago=366, violation_types=[police])
    file_path = Path(case.evidence.get().file.path)
    assert file_path.exists()

    with django_capture_on_commit_callbacks(execute=True):
        assert anonymise_closed_cases(NOW) == 1

    case.refresh_from_db()
    assert (case.narrative, case.contact, case.contact_method, case.town) == ("", "", "none", "")
    assert case.anonymised_at == NOW
    assert [m.text for m in case.messages.all()] == [""]
    assert [n.text for n in case.notes.all()] == [""]
    assert [i.note for i in case.interventions.all()] == [""]
    evidence = case.evidence.get()
    assert (evidence.original_name, evidence.file.name) == ("", "")
    assert not file_path.exists()
    # What the statistics count stays.
    assert (case.region, case.perpetrator, case.hiv, case.consent, case.closing_reason) == (
        "jalal_abad",
        "employer",
        True,
        "statistics",
        "resolved",
    )
    assert str(case.happened_on) == "2025-03-01" and list(case.violation_types.all()) == [police]
    assert case.interventions.get().kind == "legal_consultation"
    assert follow_up.case_for_code(code) is None


def test_open_cases_and_recently_closed_ones_keep_everything(settings):
    settings.CASES_ANONYMISE_AFTER_DAYS = 365
    recent, _ = closed_case(days_ago=364)
    still_open, _ = closed_case(days_ago=0, status=CaseStatus.IN_PROGRESS)
    Case.objects.filter(pk=still_open.pk).update(created_at=NOW - timedelta(days=900))

    assert anonymise_closed_cases(NOW) == 0

    for case in (recent, still_open):
        case.refresh_from_db()
        assert case.narrative.startswith("Меня уволили") and case.contact == "+996 555 123 456"
        assert case.anonymised_at is None
        assert Path(case.evidence.get().file.path).exists()


def test_anonymising_twice_changes_nothing_more(settings):
    settings.CASES_ANONYMISE_AFTER_DAYS = 30
    closed_case(days_ago=31)

    assert anonymise_closed_cases(NOW) == 1
    assert anonymise_closed_cases(NOW + timedelta(days=1)) == 0
    assert Evidence.objects.count() == 1
