"""Emails about cases: they say that something is waiting and where, never what.

The reporter, when they left an email address, is told that a case worker wrote to them and where to read
it with their receipt code; case workers get a link to the case's page in the admin. No email carries a
message, a narrative, a name or a place. Emails go through the outbox and are written by the worker as
it sends them, so the request decrypts nothing and a message survives a broker that is down.

Reminders: a case still open with no action for CASES_REMIND_AFTER_DAYS reminds its assignee once per
such period. Each reminder is claimed by an entry in the case's History, written in the same transaction
that queues the email while the case's row is locked (rows another scan holds are skipped): two scans
at once, or a scan after a worker died, never send one reminder twice.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from cases import log_actions
from cases.models import Case, CaseStatus, CaseWorker, ContactMethod
from website.core.mail import batched_handover, language_for, queue_composed_email, render_email
from website.core.outbox import ComposedEmail

MODULE = "cases.services.notifications"
OPEN_STATUSES = (CaseStatus.NEW, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS)
FOLLOW_UP_URL_NAME = "cases:follow_up"
ADMIN_CASE_URL_NAME = "cases_admin:inspect"


def follow_up_url(language):
    with translation.override(language):
        return settings.SITE_BASE_URL + reverse(FOLLOW_UP_URL_NAME)


def admin_case_url(case_pk):
    return settings.SITE_BASE_URL + reverse(ADMIN_CASE_URL_NAME, args=[case_pk])


# The reporter


def tell_reporter_about_message(case):
    """After the transaction commits, tell the reporter a message waits (if they left an email address)."""
    if case.contact_method == ContactMethod.EMAIL and case.contact:
        queue_composed_email(f"{MODULE}.compose_message_notice", case=case.pk)


def compose_message_notice(case):
    """ "You have a new message" in the reporter's language; None once the case or its address is gone."""
    case = Case.objects.filter(
        pk=case, contact_method=ContactMethod.EMAIL, anonymised_at__isnull=True
    ).first()
    if case is None or not case.contact:
        return None
    context = {"follow_up_url": follow_up_url(case.language)}
    subject, text, html = render_email("cases/email/new_message", context, case.language)
    return ComposedEmail(subject, text, html, [case.contact])


# Case workers


def case_workers_to_tell(organisation):
    return CaseWorker.objects.filter(organisation=organisation, user__is_active=True).exclude(user__email="")


def announce_new_case(case):
    """Tell the organisation's case workers (or, when none has an address, the organisation) of a new case."""
    workers = list(case_workers_to_tell(case.organisation).values_list("user", flat=True))
    for user in workers:
        queue_composed_email(f"{MODULE}.compose_new_case_notice", case=case.pk, user=user)
    if not workers and case.organisation.email:
        queue_composed_email(f"{MODULE}.compose_new_case_notice", case=case.pk, user=None)


def compose_new_case_notice(case, user):
    case = Case.objects.select_related("organisation").filter(pk=case).first()
    if case is None:
        return None
    if user is None:
        return compose_for_case_worker("cases/email/new_case", case, [case.organisation.email], None)
    worker = case_workers_to_tell(case.organisation).filter(user=user).select_related("user").first()
    if worker is None:
        return None
    return compose_for_case_worker("cases/email/new_case", case, [worker.user.email], worker.user)


def compose_for_case_worker(template, case, to, user):
    language = language_for(user) if user is not None else settings.LANGUAGE_CODE
    context = {
        "case_number": case.pk,
        "case_url": admin_case_url(case.pk),
        "remind_after_days": settings.CASES_REMIND_AFTER_DAYS,
    }
    subject, text, html = render_email(template, context, language)
    return ComposedEmail(subject, text, html, to)


def compose_reminder(case):
    case = Case.objects.select_related("assignee").filter(pk=case, status__in=OPEN_STATUSES).first()
    if case is None or case.assignee is None or not case.assignee.email:
        return None
    return compose_for_case_worker("cases/email/reminder", case, [case.assignee.email], case.assignee)


# Reminders


def remind_after():
    return timedelta(days=settings.CASES_REMIND_AFTER_DAYS)


def cases_to_remind(now):
    """Open, assigned cases with no action, and no reminder, for the whole period."""
    cutoff = now - remind_after()
    reminded = ModelLogEntry.objects.filter(
        content_type__app_label="cases",
        content_type__model="case",
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        action=log_actions.ASSIGNEE_REMINDED,
        timestamp__gt=cutoff,
    )
    return (
        Case.objects.filter(status__in=OPEN_STATUSES, assignee__isnull=False)
        .annotate(last_activity=Coalesce("last_action_at", "created_at"))
        .filter(last_activity__lte=cutoff)
        .exclude(Exists(reminded))
    )


def due_case_ids(now):
    return list(cases_to_remind(now).values_list("pk", flat=True))


def remind_assignees(now=None):
    """Queue each reminder due now, once; returns how many were queued."""
    now = now or timezone.now()
    sent = 0
    with batched_handover():
        for case_pk in due_case_ids(now):
            sent += remind(case_pk, now)
    return sent


@transaction.atomic
def remind(case_pk, now):
    """Claim the reminder (the History entry) and queue its email, or do nothing if another scan has it.

    The check comes after the lock, in its own statement: a scan that waited for the lock sees the entry
    the other scan committed.
    """
    case = Case.objects.select_for_update(skip_locked=True).filter(pk=case_pk).first()
    if case is None or not cases_to_remind(now).filter(pk=case_pk).exists():
        return 0
    log_actions.log_case(case, log_actions.ASSIGNEE_REMINDED)
    queue_composed_email(f"{MODULE}.compose_reminder", case=case.pk)
    return 1
