"""A case waiting for an action reminds its assignee once per period, also when two scans run at once."""

import datetime as dt
import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from cases import log_actions
from cases.models import Case, CaseStatus
from cases.services import notifications, workflow
from tests.cases.admin_helpers import case_worker, make_case, organisation
from website.core import outbox
from website.core.mail import queue_composed_email
from website.core.models import OutboxEmail

NOW = timezone.now()
LONG_AGO = NOW - dt.timedelta(days=30)


def waiting_case(email="aida@example.org", **fields):
    org = organisation("osh")
    assignee = case_worker(org, email=email)
    return make_case(org, assignee=assignee, status=CaseStatus.ACCEPTED, last_action_at=LONG_AGO, **fields)


def reminders_queued():
    return OutboxEmail.objects.filter(composer="cases.services.notifications.compose_reminder").count()


def run_two_scans_at_once(monkeypatch):
    """Two scans in two threads that both hold the list of due cases before either reminds anyone."""
    both_listed = threading.Barrier(2)
    list_due = notifications.due_case_ids

    def listed_together(now):
        due = list_due(now)
        both_listed.wait(timeout=60)
        return due

    monkeypatch.setattr(notifications, "due_case_ids", listed_together)
    counts, errors = [], []

    def scan():
        try:
            counts.append(notifications.remind_assignees(NOW))
        except Exception as error:  # reported by the assertion below, not lost in the thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=scan) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    return counts


@pytest.mark.django_db
def test_a_waiting_case_reminds_its_assignee_once_per_period(mailoutbox, settings):
    settings.CASES_REMIND_AFTER_DAYS = 7
    case = waiting_case()

    assert notifications.remind_assignees(NOW) == 1
    assert notifications.remind_assignees(NOW) == 0
    assert notifications.remind_assignees(NOW + dt.timedelta(days=3)) == 0
    assert notifications.remind_assignees(NOW + dt.timedelta(days=8)) == 1

    outbox.deliver(OutboxEmail.objects.first().pk)
    [email] = mailoutbox
    assert email.to == ["aida@example.org"]
    assert f"/admin/cases/{case.pk}/" in email.body and "Police" not in email.body


@pytest.mark.django_db
def test_an_action_on_the_case_puts_the_reminder_off(settings):
    settings.CASES_REMIND_AFTER_DAYS = 7
    case = waiting_case()
    workflow.add_note(case, case.assignee, "Waiting for the medical report.")

    assert notifications.remind_assignees(NOW) == 0


@pytest.mark.django_db
@pytest.mark.parametrize("status", [CaseStatus.CLOSED, CaseStatus.REFERRED])
def test_closed_and_referred_cases_remind_no_one(status):
    waiting_case().__class__.objects.update(status=status)
    assert notifications.remind_assignees(NOW) == 0


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_two_scans_at_once_remind_once(require_postgres, monkeypatch):
    cases = [waiting_case(email=f"worker{n}@example.org") for n in range(5)]
    counts = run_two_scans_at_once(monkeypatch)

    assert sum(counts) == len(cases)
    assert reminders_queued() == len(cases)


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_without_the_lock_and_second_look_two_scans_remind_twice(require_postgres, monkeypatch):
    """The control: the same overlap with `remind` claiming without the row lock and the second look."""
    cases = [waiting_case(email=f"worker{n}@example.org") for n in range(3)]

    def unguarded(case_pk, now):
        with transaction.atomic():
            case = Case.objects.get(pk=case_pk)
            log_actions.log_case(case, log_actions.ASSIGNEE_REMINDED)
            queue_composed_email(f"{notifications.MODULE}.compose_reminder", case=case.pk)
        return 1

    monkeypatch.setattr(notifications, "remind", unguarded)
    run_two_scans_at_once(monkeypatch)

    assert reminders_queued() == 2 * len(cases)
