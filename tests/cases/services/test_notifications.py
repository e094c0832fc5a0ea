"""Emails about cases say that something waits and where, never what: no message text, story or place."""

import pytest

from cases.models import Region
from cases.services import intake, workflow
from tests.cases.admin_helpers import case_worker, make_case, organisation
from website.core import outbox
from website.core.models import OutboxEmail

pytestmark = pytest.mark.django_db

MESSAGE = "Your hearing is on 12 March at the Osh city court."
NARRATIVE = "Police officers in Osh detained and beat him after a raid."


def delivered(mailoutbox):
    for email in OutboxEmail.objects.filter(status=OutboxEmail.Status.PENDING):
        outbox.deliver(email.pk)
    return mailoutbox


def test_the_reporter_is_told_of_a_message_in_their_language_without_its_text(mailoutbox):
    org = organisation("osh")
    worker = case_worker(org)
    case = make_case(org, contact_method="email", contact="reporter@example.org", language="ky")

    workflow.send_message(case, worker, MESSAGE)

    [email] = delivered(mailoutbox)
    body = email.subject + email.body
    assert email.to == ["reporter@example.org"]
    assert "/ky/report/follow-up/" in email.body
    assert MESSAGE not in body and "Osh" not in body and "12 March" not in body
    assert "Police" not in body


@pytest.mark.parametrize("method", ["none", "phone", "telegram"])
def test_no_email_is_sent_when_the_reporter_left_no_email_address(mailoutbox, method):
    org = organisation("osh")
    case = make_case(org, contact_method=method, contact="" if method == "none" else "+996555000000")

    workflow.send_message(case, case_worker(org), MESSAGE)

    assert delivered(mailoutbox) == []


def test_the_stored_email_holds_only_the_case_number_until_the_worker_writes_it():
    org = organisation("osh")
    case = make_case(org, contact_method="email", contact="reporter@example.org")

    workflow.send_message(case, case_worker(org), MESSAGE)

    [email] = OutboxEmail.objects.all()
    assert email.composer_arguments == {"case": case.pk}
    assert (email.subject, email.text_body, email.recipients) == ("", "", "")


def test_a_new_case_tells_the_organisations_case_workers_with_a_link_only(mailoutbox):
    org = organisation("osh", "Osh organisation")
    org.regions.create(region=Region.OSH_CITY)
    case_worker(org, email="aida@example.org")
    case_worker(organisation("bishkek"), email="bakyt@example.org")

    case, _code = intake.create_case({"narrative": NARRATIVE, "region": Region.OSH_CITY}, language="ru")

    [email] = delivered(mailoutbox)
    assert email.to == ["aida@example.org"]
    assert f"/admin/cases/{case.pk}/" in email.body
    assert "Police" not in email.subject + email.body and "Osh" not in email.subject + email.body


def test_a_new_case_goes_to_the_organisations_address_when_no_case_worker_has_one(mailoutbox):
    org = organisation("osh")
    org.email = "cases@osh.example.org"
    org.save()
    org.regions.create(region=Region.OSH)

    intake.create_case({"narrative": NARRATIVE, "region": Region.OSH}, language="ru")

    [email] = delivered(mailoutbox)
    assert email.to == ["cases@osh.example.org"]
