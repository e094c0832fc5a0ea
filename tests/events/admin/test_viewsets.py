"""The "Events" admin menu: who may see registrations, the reminder log and the report, and what the report counts."""

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from wagtail.users.models import UserProfile

from events.factories import RegistrationFactory
from events.models import RegistrationStatus, ReminderKind, SentReminder
from events.services.reports import event_report
from website.accounts.factories import UserFactory
from website.core.models import AuditEntry
from website.core.places import City

pytestmark = pytest.mark.django_db

BISHKEK = ZoneInfo("Asia/Bishkek")


def staff_in(group_name):
    """A staff member of one of the project's groups, using the admin in English, with the second factor it requires."""
    user = UserFactory(is_staff=True)
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    user.groups.add(Group.objects.get(name=group_name))
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    return user


@pytest.fixture
def events(make_event):
    """Two December events in Bishkek and Osh and a November one in Osh, with registrations and check-ins."""
    bishkek = make_event(
        title="HRD Bishkek", city=City.BISHKEK, starts_at=datetime(2030, 12, 10, 10, tzinfo=BISHKEK)
    )
    osh = make_event(title="HRD Osh", city=City.OSH, starts_at=datetime(2030, 12, 10, 14, tzinfo=BISHKEK))
    training = make_event(
        title="Osh training", city=City.OSH, starts_at=datetime(2030, 11, 1, 3, tzinfo=BISHKEK)
    )
    for event, confirmed, checked_in, waiting, cancelled in (
        (bishkek, 3, 2, 1, 1),
        (osh, 2, 1, 0, 0),
        (training, 1, 1, 2, 0),
    ):
        for number in range(confirmed):
            RegistrationFactory(
                event=event,
                checked_in_at=event.starts_at if number < checked_in else None,
                email=f"{number}@c.org",
            )
        RegistrationFactory.create_batch(waiting, event=event, status=RegistrationStatus.WAITING)
        RegistrationFactory.create_batch(cancelled, event=event, status=RegistrationStatus.CANCELLED)
    return bishkek, osh, training


def counts(row):
    c = row.counts
    return (row.label, c.registrations, c.confirmed, c.waiting, c.cancelled, c.checked_in)


def test_the_report_counts_registrations_and_attendance_per_event_city_and_month(events):
    report = event_report()

    assert [counts(row) for row in report.events] == [
        ("HRD Osh", 2, 2, 0, 0, 1),
        ("HRD Bishkek", 4, 3, 1, 1, 2),
        ("Osh training", 3, 1, 2, 0, 1),
    ]
    assert [counts(row) for row in report.cities] == [("Bishkek", 4, 3, 1, 1, 2), ("Osh", 5, 3, 2, 0, 2)]
    assert [counts(row) for row in report.months] == [("2030-12", 6, 5, 1, 1, 3), ("2030-11", 3, 1, 2, 0, 1)]


def test_the_report_page_and_its_csv_for_an_administrator(client, events):
    client.force_login(staff_in("Administrators"))

    page = client.get(reverse("events_report:index"))
    download = client.get(reverse("events_report:index"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))

    assert page.status_code == 200 and "HRD Bishkek" in page.content.decode()
    assert download["Content-Type"].startswith("text/csv")
    assert rows[0] == ["Per", "Name", "Registrations", "Confirmed", "Waiting", "Cancelled", "Checked in"]
    assert ["city", "Osh", "5", "3", "2", "0", "2"] in rows
    assert ["month", "2030-11", "3", "1", "2", "0", "1"] in rows


def test_attendance_lists_checked_in_per_event(client, events):
    client.force_login(staff_in("Editors"))

    page = client.get(reverse("events_attendance:index")).content.decode()

    assert "HRD Bishkek" in page and "67%" in page and "100%" in page


def test_the_events_menu_is_shown_to_administrators_with_every_page(client, events):
    client.force_login(staff_in("Administrators"))

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    for name in ("registrations", "waiting_list", "attendance", "reminders", "report"):
        url = reverse(f"events_{name}:index")
        assert url in dashboard, name
        assert client.get(url).status_code == 200, name


def test_administrators_filter_registrations_and_each_look_is_audited(client, events):
    bishkek, osh, _training = events
    administrator = staff_in("Administrators")
    client.force_login(administrator)
    url = reverse("events_registrations:index")

    everyone = client.get(url)
    checked_in_at_osh = client.get(url, {"event": osh.pk, "checked_in": "true"})
    waiting = client.get(url, {"status": "waiting", "event": bishkek.pk})

    assert "HRD Bishkek" in everyone.content.decode() and "HRD Osh" in everyone.content.decode()
    assert "0@c.org" not in everyone.content.decode()  # the listing shows names, not addresses
    assert [(r.event_id, r.checked_in_at is not None) for r in checked_in_at_osh.context["object_list"]] == [
        (osh.pk, True)
    ]
    assert [(r.event_id, r.status) for r in waiting.context["object_list"]] == [(bishkek.pk, "waiting")]
    assert AuditEntry.objects.filter(actor=administrator, action="registrations.view").count() == 3

    one = waiting.context["object_list"][0]
    inspected = client.get(reverse("events_registrations:inspect", args=[one.pk]))

    assert inspected.status_code == 200 and one.email in inspected.content.decode()
    entry = AuditEntry.objects.get(actor=administrator, action="registration.inspect")
    assert entry.object_id == str(one.pk) and entry.detail == ""


def test_the_waiting_list_is_in_order_of_arrival(client, make_event):
    event = make_event()
    later = RegistrationFactory(event=event, name="Second", status=RegistrationStatus.WAITING)
    earlier = RegistrationFactory(event=event, name="First", status=RegistrationStatus.OFFERED)
    RegistrationFactory(event=event, name="Seated")
    later.waiting_since, earlier.waiting_since = (
        datetime(2030, 1, 2, tzinfo=BISHKEK),
        datetime(2030, 1, 1, tzinfo=BISHKEK),
    )
    later.save()
    earlier.save()
    client.force_login(staff_in("Administrators"))

    listing = client.get(reverse("events_waiting_list:index"), {"event": event.pk})

    assert [registration.name for registration in listing.context["object_list"]] == ["First", "Second"]


def test_the_reminder_log_lists_markers_without_personal_values(client, make_event):
    event = make_event(title="Webinar")
    registration = RegistrationFactory(event=event, name="Aigul", email="aigul@example.org")
    SentReminder.objects.create(
        event=event, registration=registration, kind=ReminderKind.REMINDER, scheduled_for=event.starts_at
    )
    client.force_login(staff_in("Administrators"))

    page = client.get(reverse("events_reminders:index")).content.decode()

    assert "Webinar" in page and "Reminder" in page and "Registration" in page
    assert "Aigul" not in page and "aigul@example.org" not in page


def test_an_administrator_cannot_change_or_delete_a_registration(client, events):
    registration = RegistrationFactory(event=events[0])
    client.force_login(staff_in("Administrators"))

    edit = client.post(reverse("events_registrations:edit", args=[registration.pk]), {"status": "cancelled"})
    delete = client.post(reverse("events_registrations:delete", args=[registration.pk]))

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert edit.status_code == delete.status_code == 302
    assert edit["Location"] == reverse("wagtailadmin_home")


def test_editors_see_counts_but_no_registrations_or_reminders(client, events):
    client.force_login(staff_in("Editors"))

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("events_report:index") in dashboard
    assert reverse("events_registrations:index") not in dashboard
    assert reverse("events_reminders:index") not in dashboard
    for url in (
        reverse("events_registrations:index"),
        reverse("events_registrations:index") + "?export=csv",
        reverse("events_waiting_list:index"),
        reverse("events_reminders:index"),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"), url
    assert not AuditEntry.objects.exists()


def test_an_organiser_without_staff_access_gets_no_admin_page(client, events):
    organiser = UserFactory()
    events[0].organisers.add(organiser)
    events[0].save()
    client.force_login(organiser)

    for name in ("registrations", "waiting_list", "attendance", "reminders", "report"):
        response = client.get(reverse(f"events_{name}:index"))
        assert response.status_code in (302, 403), name
        assert "HRD Bishkek" not in response.content.decode(), name


def test_an_export_of_registrations_from_the_admin_is_audited(client, events):
    administrator = staff_in("Administrators")
    client.force_login(administrator)

    response = client.get(reverse("events_registrations:index"), {"export": "csv"})
    content = b"".join(response.streaming_content) if response.streaming else response.content

    assert "0@c.org" in content.decode("utf-8-sig")
    entry = AuditEntry.objects.get(actor=administrator, action="export")
    assert entry.object_type == "events.Registration" and "@" not in entry.detail


PERMISSIONS_MIGRATION = ("events", "0002_organiser_admin_permissions")
EVENTS_ADMIN_PERMISSIONS = {"view_registration", "view_sentreminder"}


def events_permissions(group_name):
    return set(
        Group.objects.get(name=group_name)
        .permissions.filter(content_type__app_label="events")
        .values_list("codename", flat=True)
    )


def test_the_permissions_migration_grants_administrators_only_and_can_run_again():
    Group.objects.get(name="Administrators").permissions.clear()
    loader = MigrationLoader(connection)
    [operation] = loader.get_migration(*PERMISSIONS_MIGRATION).operations

    operation.code(loader.project_state(PERMISSIONS_MIGRATION, at_end=False).apps, None)
    operation.code(loader.project_state(PERMISSIONS_MIGRATION, at_end=False).apps, None)

    assert events_permissions("Administrators") == EVENTS_ADMIN_PERMISSIONS
    for group_name in ("Editors", "Moderators", "Trainers"):
        assert not events_permissions(group_name) & EVENTS_ADMIN_PERMISSIONS, group_name
