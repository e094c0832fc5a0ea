"""The audit log: readable by administrators in the Wagtail admin, by nobody else, and purged when old."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import timezone

from learning.factories import ParticipantFactory
from website.accounts.factories import UserFactory
from website.accounts.services import activate_totp_for
from website.core.audit import purge_expired_entries, record
from website.core.models import AuditEntry
from website.core.tasks import purge_audit_entries

AUDIT_LOG = "/admin/audit_log/"


def staff_in(group_name):
    staff = UserFactory(is_staff=True, preferred_language="en")
    staff.groups.add(Group.objects.get(name=group_name))
    activate_totp_for(staff)
    return staff


@pytest.fixture
def export_entry(db):
    trainer = UserFactory(email="trainer@example.org", display_name="Trainer Aida")
    participant = ParticipantFactory(phone="+996555123456", name="Participant Bolot")
    return record(trainer, "cohort.participants.export", participant.cohort, detail="1 participants, CSV")


@pytest.mark.django_db
@pytest.mark.parametrize("reader", ["Administrators", "superuser"])
def test_administrators_read_who_did_what_when_to_which_record_but_no_values(
    client, export_entry, reader, admin_staff
):
    client.force_login(admin_staff if reader == "superuser" else staff_in("Administrators"))

    response = client.get(AUDIT_LOG)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Exported a cohort&#x27;s participants" in html
    assert ">cohort.participants.export<" not in html
    assert ">Cohort<" in html
    assert ">learning.Cohort<" not in html
    assert "1 participants, CSV" in html
    assert "Trainer Aida" in html or "trainer@example.org" in html
    assert "+996555123456" not in html
    assert "Participant Bolot" not in html


@pytest.mark.django_db
def test_the_audit_log_speaks_russian_to_a_russian_administrator(client, export_entry, settings):
    settings.LOCALE_PATHS = [Path(settings.BASE_DIR) / "locale"]
    reader = staff_in("Administrators")
    reader.preferred_language = "ru"
    reader.save()
    client.force_login(reader)

    html = client.get(AUDIT_LOG, HTTP_ACCEPT_LANGUAGE="ru").content.decode()

    assert "Выгрузил(а) участников группы" in html
    assert ">Группа<" in html
    assert re.search(r">\s*Кто\s*<", html)
    assert re.search(r">\s*Действие\s*<", html)
    assert "Actor" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("group_name", ["Editors", "Moderators"])
def test_other_staff_cannot_open_the_audit_log(client, export_entry, group_name):
    client.force_login(staff_in(group_name))

    assert client.get(AUDIT_LOG).status_code == 302
    assert AUDIT_LOG not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_the_audit_log_is_in_the_settings_menu_for_administrators(client, export_entry):
    client.force_login(staff_in("Administrators"))

    assert AUDIT_LOG in client.get("/admin/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("reader", ["Administrators", "superuser"])
def test_nobody_can_add_change_or_delete_an_entry(client, export_entry, reader, admin_staff):
    client.force_login(admin_staff if reader == "superuser" else staff_in("Administrators"))

    for url in (
        f"{AUDIT_LOG}new/",
        f"{AUDIT_LOG}edit/{export_entry.pk}/",
        f"{AUDIT_LOG}delete/{export_entry.pk}/",
    ):
        client.post(url, {"action": "forged"})

    export_entry.refresh_from_db()
    assert export_entry.action == "cohort.participants.export"
    assert AuditEntry.objects.count() == 1
    assert f"{AUDIT_LOG}edit/" not in client.get(AUDIT_LOG).content.decode()


def entry_aged(days, now):
    entry = record(None, "export", object_type="learning.Order")
    AuditEntry.objects.filter(pk=entry.pk).update(created_at=now - datetime.timedelta(days=days))
    return entry


@pytest.mark.django_db
def test_entries_older_than_the_retention_period_are_purged():
    now = timezone.now()
    kept = entry_aged(364, now)
    entry_aged(366, now)

    assert purge_expired_entries(now=now) == 1

    assert list(AuditEntry.objects.all()) == [kept]


@pytest.mark.django_db
def test_the_retention_period_is_a_setting(settings):
    settings.AUDIT_RETENTION_DAYS = 30
    now = timezone.now()
    kept = entry_aged(29, now)
    entry_aged(31, now)

    purge_audit_entries.delay()

    assert list(AuditEntry.objects.all()) == [kept]


def test_the_purge_runs_every_day():
    scheduled = {entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}

    schedule = scheduled["website.core.tasks.purge_audit_entries"]
    assert schedule.hour == {3}
    assert schedule.day_of_week == set(range(7))
