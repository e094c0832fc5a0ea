"""A case worker's case page: everything about the case, the actions on it, and the audit trail they leave."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from cases.models import CaseMessage, CaseNote, CaseStatus, Intervention
from tests.cases.admin_helpers import case_worker
from website.core.models import AuditEntry


def url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


@pytest.fixture
def worker(client, world):
    person = world.people["case worker A"]
    client.force_login(person)
    return person


def test_the_case_page_shows_the_story_and_leaves_an_audit_entry_without_it(client, world, worker):
    response = client.get(url("cases_admin:inspect", world.case.pk))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Police officers in Osh detained" in html
    assert "reporter@example.org" in html
    entry = AuditEntry.objects.get(action="case.view")
    assert (entry.actor, entry.object_type, entry.object_id) == (worker, "cases.Case", str(world.case.pk))
    assert "Police" not in entry.detail


def test_opening_an_evidence_file_decrypts_it_and_is_audited(client, world, worker):
    response = client.get(url("cases_admin:evidence", world.case.pk, world.evidence.pk))

    assert response.status_code == 200
    assert response.content == b"\x89PNG"
    assert "no-store" in response["Cache-Control"]
    assert "sandbox" in response["Content-Security-Policy"]
    entry = AuditEntry.objects.get(action="case.evidence.view")
    assert (entry.actor, entry.object_id) == (worker, str(world.case.pk))


def test_exporting_the_case_list_is_audited(client, world, worker):
    response = client.get(url("cases_admin:index") + "?export=csv")

    assert response.status_code == 200
    assert "Police" not in b"".join(response.streaming_content).decode()
    assert AuditEntry.objects.filter(action="cases.export", actor=worker).count() == 1


def test_closing_needs_a_reason(client, world, worker):
    world.case.status = CaseStatus.IN_PROGRESS
    world.case.save()

    response = client.post(url("cases_admin:action", world.case.pk, "status"), {"status": CaseStatus.CLOSED})

    assert response.status_code == 400
    assert "Give a closing reason to close the case." in response.content.decode()
    world.case.refresh_from_db()
    assert world.case.status == CaseStatus.IN_PROGRESS


def test_a_status_change_shows_in_the_case_history_with_a_human_label(client, world, worker):
    client.post(url("cases_admin:action", world.case.pk, "status"), {"status": CaseStatus.ACCEPTED})
    world.case.status = CaseStatus.IN_PROGRESS
    world.case.save()
    client.post(
        url("cases_admin:action", world.case.pk, "status"),
        {"status": CaseStatus.CLOSED, "closing_reason": "resolved"},
    )

    world.case.refresh_from_db()
    assert (world.case.status, world.case.closing_reason) == (CaseStatus.CLOSED, "resolved")
    assert world.case.closed_at is not None
    history = client.get(url("cases_admin:history", world.case.pk)).content.decode()
    assert "Status changed from “New” to “Accepted”" in history
    assert "closing reason: Resolved" in history


def test_a_case_can_only_move_along_the_workflow(client, world, worker):
    response = client.post(
        url("cases_admin:action", world.case.pk, "status"), {"status": CaseStatus.REFERRED}
    )
    assert response.status_code == 302
    response = client.post(
        url("cases_admin:action", world.case.pk, "status"), {"status": CaseStatus.ACCEPTED}
    )
    assert response.status_code == 400
    world.case.refresh_from_db()
    assert world.case.status == CaseStatus.REFERRED


def test_cases_are_assigned_only_to_case_workers_of_the_same_organisation(client, world, worker):
    colleague = case_worker(world.org_a, first_name="Cholpon")
    outsider = world.people["case worker B"]

    refused = client.post(url("cases_admin:action", world.case.pk, "assign"), {"assignee": outsider.pk})
    accepted = client.post(url("cases_admin:action", world.case.pk, "assign"), {"assignee": colleague.pk})

    assert refused.status_code == 400
    assert accepted.status_code == 302
    world.case.refresh_from_db()
    assert world.case.assignee == colleague
    assert ModelLogEntry.objects.filter(action="birge.case_assigned", object_id=str(world.case.pk)).exists()


def test_notes_messages_and_interventions_are_saved_and_count_as_actions(client, world, worker):
    client.post(url("cases_admin:action", world.case.pk, "note"), {"text": "Spoke to the family."})
    client.post(url("cases_admin:action", world.case.pk, "message"), {"text": "We will call you on Monday."})
    client.post(
        url("cases_admin:action", world.case.pk, "intervention"),
        {"kind": "complaint_state_body", "happened_on": "2026-01-10", "note": ""},
    )

    assert CaseNote.objects.get(case=world.case).text == "Spoke to the family."
    message = CaseMessage.objects.get(case=world.case)
    assert (message.text, message.from_reporter, message.author) == (
        "We will call you on Monday.",
        False,
        worker,
    )
    assert Intervention.objects.get(case=world.case).kind == "complaint_state_body"
    world.case.refresh_from_db()
    assert world.case.last_action_at is not None


def test_huge_text_and_nul_bytes_get_a_clear_message_and_nothing_is_saved(client, world, worker):
    huge = client.post(url("cases_admin:action", world.case.pk, "note"), {"text": "x" * 30000})
    nul = client.post(url("cases_admin:action", world.case.pk, "message"), {"text": "hello\x00"})
    future = client.post(
        url("cases_admin:action", world.case.pk, "intervention"),
        {"kind": "legal_consultation", "happened_on": "2999-01-01"},
    )

    assert (huge.status_code, nul.status_code, future.status_code) == (400, 400, 400)
    assert "The date cannot be in the future." in future.content.decode()
    assert (
        not CaseNote.objects.exists()
        and not CaseMessage.objects.exists()
        and not Intervention.objects.exists()
    )
    assert mail.outbox == []


def test_the_dashboard_counts_the_organisations_new_cases_for_its_case_workers(client, world, worker):
    home = client.get(url("wagtailadmin_home")).content.decode()
    assert "1 new case waits to be accepted" in home

    client.force_login(world.people["case worker B"])
    assert "new case" not in client.get(url("wagtailadmin_home")).content.decode()
