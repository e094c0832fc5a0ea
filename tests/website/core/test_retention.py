"""The nightly retention run runs every rule the apps register, and records what each one shredded."""

import datetime

import pytest
from freezegun import freeze_time
from wagtail import hooks

from website.core import outbox
from website.core.models import AuditEntry, OutboxEmail
from website.core.retention import RetentionRule
from website.core.tasks import shred_personal_data

pytestmark = pytest.mark.django_db

NIGHT = datetime.datetime(2026, 2, 12, 3, 0, tzinfo=datetime.UTC)


def test_a_rule_an_app_registers_runs_each_night_with_its_count_in_the_audit_entry():
    seen = []

    def shred_case_files(now):
        seen.append(now)
        return 3

    def register():
        return RetentionRule("case_files_shredded", shred_case_files)

    with hooks.register_temporarily("register_retention_rule", register), freeze_time(NIGHT):
        counts = shred_personal_data.delay().get()

    assert seen == [NIGHT]
    assert counts["case_files_shredded"] == 3
    [entry] = AuditEntry.objects.filter(action="shred_personal_data")
    assert "case_files_shredded=3" in entry.detail.split()


def test_a_rule_that_fails_leaves_everything_as_it_was_for_the_next_night():
    with freeze_time(NIGHT - datetime.timedelta(days=800)):
        old_email = outbox.store("Your seat", "Hello Bakyt", "bakyt@example.org")

    def fail(now):
        raise RuntimeError("the case files are locked")

    def register():
        return RetentionRule("case_files_shredded", fail)

    with (
        hooks.register_temporarily("register_retention_rule", register),
        freeze_time(NIGHT),
        pytest.raises(RuntimeError),
    ):
        shred_personal_data.delay().get()

    assert OutboxEmail.objects.filter(pk=old_email.pk).exists()
    assert not AuditEntry.objects.filter(action="shred_personal_data").exists()

    with freeze_time(NIGHT):
        counts = shred_personal_data.delay().get()

    assert counts["outbox_emails_deleted"] == 1
    assert not OutboxEmail.objects.filter(pk=old_email.pk).exists()
