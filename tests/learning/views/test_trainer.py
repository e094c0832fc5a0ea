import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from learning.factories import CohortFactory, CohortSessionFactory, ParticipantFactory
from learning.models import Attendance, Enrolment, Participant
from learning.services.cohorts import invitation_token
from website.accounts.factories import UserFactory
from website.core.models import AuditEntry

pytestmark = pytest.mark.django_db

CLEAN_CSV = "name,email,phone\nAida,aida@example.org,\nBakyt,,0555 123 456\n"
BAD_CSV = "name,email,phone\nAida,aida@example.org,\nBakyt,,\n"


@pytest.fixture
def trainer():
    return UserFactory()


@pytest.fixture
def cohort(trainer):
    return CohortFactory(trainers=[trainer])


@pytest.fixture
def session(cohort):
    return CohortSessionFactory(cohort=cohort)


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def csv_upload(text):
    return SimpleUploadedFile("participants.csv", text.encode(), content_type="text/csv")


def cohort_urls(cohort, session):
    return {
        "detail": reverse("learning:cohort_detail", args=[cohort.pk]),
        "add": reverse("learning:cohort_add_participant", args=[cohort.pk]),
        "upload": reverse("learning:cohort_upload", args=[cohort.pk]),
        "attendance": reverse("learning:cohort_attendance", args=[cohort.pk, session.pk]),
        "export (CSV)": reverse("learning:cohort_export_csv", args=[cohort.pk]),
        "export (Excel)": reverse("learning:cohort_export_xlsx", args=[cohort.pk]),
        "notes": reverse("learning:cohort_notes", args=[cohort.pk]),
        "certificates": reverse("learning:cohort_certificates", args=[cohort.pk]),
    }


def test_an_anonymous_visitor_is_sent_to_sign_in(client, cohort, session):
    for url in [reverse("learning:my_cohorts"), *cohort_urls(cohort, session).values()]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("account_login")), url


def test_another_trainers_cohort_is_not_found_whatever_the_page(trainer_client, cohort, session):
    other_cohort = CohortFactory(trainers=[UserFactory()])
    other_session = CohortSessionFactory(cohort=other_cohort)
    someone = ParticipantFactory(cohort=other_cohort)
    urls = cohort_urls(other_cohort, other_session)

    for name, url in urls.items():
        assert trainer_client.get(url).status_code in (404, 405), name
    assert (
        trainer_client.post(urls["upload"], {"file": csv_upload(CLEAN_CSV), "language": "ru"}).status_code
        == 404
    )
    assert trainer_client.post(urls["upload"], {"confirm": "1"}).status_code == 404
    assert trainer_client.post(urls["attendance"], {f"status-{someone.pk}": "present"}).status_code == 404
    assert (
        trainer_client.post(
            urls["add"], {"name": "X", "email": "x@example.org", "language": "ru"}
        ).status_code
        == 404
    )
    assert trainer_client.post(urls["notes"], {"trainer_notes": "mine now"}).status_code == 404
    assert trainer_client.post(urls["certificates"], {"participant": [someone.pk]}).status_code == 404
    # A session of another cohort is not reachable through one's own cohort either.
    own_url = reverse("learning:cohort_attendance", args=[cohort.pk, other_session.pk])
    assert trainer_client.get(own_url).status_code == 404

    assert other_cohort.participants.count() == 1
    assert not Attendance.objects.exists()
    assert not AuditEntry.objects.exists()


def test_my_cohorts_lists_only_my_cohorts_with_city_and_sessions(trainer_client, cohort, session):
    CohortFactory(title="Someone else's cohort")

    response = trainer_client.get(reverse("learning:my_cohorts"))

    content = response.content.decode()
    assert cohort.title in content
    assert session.title in content
    assert "Osh" in content or "Ош" in content
    assert "Someone else's cohort" not in content


def test_a_superuser_sees_any_cohort(client, cohort):
    client.force_login(UserFactory(is_superuser=True))

    assert client.get(reverse("learning:cohort_detail", args=[cohort.pk])).status_code == 200


def test_the_participant_list_leaves_an_audit_entry_without_personal_values(
    trainer_client, trainer, cohort, django_assert_max_num_queries
):
    for n in range(5):
        ParticipantFactory(
            cohort=cohort, name=f"Name{n}", email=f"person{n}@example.org", phone="+996555123456"
        )

    with django_assert_max_num_queries(20):
        response = trainer_client.get(reverse("learning:cohort_detail", args=[cohort.pk]))

    assert "person0@example.org" in response.content.decode()
    (entry,) = AuditEntry.objects.all()
    assert (entry.actor, entry.action, entry.object_id) == (
        trainer,
        "cohort.participants.view",
        str(cohort.pk),
    )
    assert_no_personal_values(entry)


def assert_no_personal_values(entry):
    stored = " ".join([entry.action, entry.object_type, entry.object_id, entry.detail])
    for value in ("Name", "@example.org", "555123456"):
        assert value not in stored


def test_the_export_is_a_csv_and_leaves_an_audit_entry(trainer_client, trainer, cohort):
    ParticipantFactory(cohort=cohort, name="=HYPERLINK(1)", email="aida@example.org", phone="+996555123456")
    ParticipantFactory(cohort=cohort, name="Zarina", email="=1+2@example.org", phone="")

    with translation.override("en"):
        response = trainer_client.get(reverse("learning:cohort_export_csv", args=[cohort.pk]))

    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == f'attachment; filename="cohort-{cohort.pk}-participants.csv"'
    header, *rows = csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
    assert header == [
        "Name or pseudonym",
        "Email",
        "Phone",
        "Sessions attended",
        "Progress (%)",
        "Completed",
        "Certificate",
    ]
    assert rows == [
        ["'=HYPERLINK(1)", "aida@example.org", "+996555123456", "0", "0", "no", ""],
        ["Zarina", "'=1+2@example.org", "", "0", "0", "no", ""],
    ]
    (entry,) = AuditEntry.objects.filter(action="cohort.participants.export")
    assert entry.actor == trainer
    assert entry.detail == "2 participants, CSV"
    assert_no_personal_values(entry)


def test_the_export_has_one_column_per_session_with_each_mark(trainer_client, cohort):
    first = CohortSessionFactory(cohort=cohort, title="Rights", starts_at=datetime(2026, 3, 2, 4, tzinfo=UTC))
    second = CohortSessionFactory(
        cohort=cohort, title="Safety", starts_at=datetime(2026, 3, 9, 4, tzinfo=UTC)
    )
    CohortSessionFactory(cohort=cohort, title="Plans", starts_at=datetime(2026, 3, 16, 4, tzinfo=UTC))
    aida, bakyt = (
        ParticipantFactory(cohort=cohort, name="Aida"),
        ParticipantFactory(cohort=cohort, name="Bakyt"),
    )
    Attendance.objects.create(session=first, participant=aida, status="late")
    Attendance.objects.create(session=first, participant=bakyt, status="excused")
    Attendance.objects.create(session=second, participant=aida, status="present")

    with translation.override("en"):
        response = trainer_client.get(reverse("learning:cohort_export_csv", args=[cohort.pk]))

    header, *rows = csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
    assert header[-3:] == ["2026-03-02 Rights", "2026-03-09 Safety", "2026-03-16 Plans"]
    assert [(row[0], row[3], *row[-3:]) for row in rows] == [
        ("Aida", "2", "Late", "Present", ""),
        ("Bakyt", "0", "Excused", "", ""),
    ]


def test_phones_are_exported_in_one_international_form_as_plain_text(trainer_client, cohort):
    ParticipantFactory(cohort=cohort, name="Aida", phone="0555 123 456")
    ParticipantFactory(cohort=cohort, name="Bakyt", phone="+996 700 000 123")

    with translation.override("en"):
        as_csv = trainer_client.get(reverse("learning:cohort_export_csv", args=[cohort.pk]))
        as_xlsx = trainer_client.get(reverse("learning:cohort_export_xlsx", args=[cohort.pk]))

    _header, *rows = csv.reader(io.StringIO(as_csv.content.decode("utf-8-sig")))
    assert [row[2] for row in rows] == ["+996555123456", "+996700000123"]
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).active
    phones = [sheet.cell(row=row, column=3) for row in (2, 3)]
    assert [(cell.value, cell.data_type) for cell in phones] == [
        ("+996555123456", "s"),
        ("+996700000123", "s"),
    ]


def test_attendance_view_and_marking(trainer_client, cohort, session):
    aida, bakyt, chyngyz = (ParticipantFactory(cohort=cohort) for _ in range(3))
    url = reverse("learning:cohort_attendance", args=[cohort.pk, session.pk])

    with translation.override("en"):
        response = trainer_client.post(
            url, {f"status-{aida.pk}": "late", f"status-{bakyt.pk}": "excused"}, follow=True
        )
    page = trainer_client.get(url).content.decode()

    assert {(a.participant_id, a.status) for a in session.attendance.all()} == {
        (aida.pk, "late"),
        (bakyt.pk, "excused"),
        (chyngyz.pk, "absent"),
    }
    assert "Present: 0, late: 1, excused: 1, absent: 1." in response.content.decode()
    assert f'name="status-{aida.pk}" value="late" checked' in page
    assert f'name="status-{chyngyz.pk}" value="absent" checked' in page
    assert AuditEntry.objects.filter(action="cohort.attendance.view").count() == 2


def test_a_session_that_has_not_happened_warns_and_asks_for_confirmation(trainer_client, cohort):
    session = CohortSessionFactory(cohort=cohort, starts_at=timezone.now() + timedelta(days=3))
    aida = ParticipantFactory(cohort=cohort)
    url = reverse("learning:cohort_attendance", args=[cohort.pk, session.pk])

    with translation.override("en"):
        page = trainer_client.get(url).content.decode()
        refused = trainer_client.post(url, {f"status-{aida.pk}": "present"})
        assert not Attendance.objects.exists()
        confirmed = trainer_client.post(url, {f"status-{aida.pk}": "present", "confirm_future": "1"})

    assert "This session has not happened yet" in page
    assert 'name="confirm_future"' in page
    assert refused.status_code == 200
    assert "Nothing was saved" in refused.content.decode()
    assert f'name="status-{aida.pk}" value="present" checked' in refused.content.decode()
    assert confirmed.status_code == 302
    assert Attendance.objects.get().status == "present"


def test_a_past_session_is_marked_without_a_warning(trainer_client, cohort, session):
    with translation.override("en"):
        page = trainer_client.get(reverse("learning:cohort_attendance", args=[cohort.pk, session.pk]))

    assert "has not happened yet" not in page.content.decode()


def test_adding_one_participant(trainer_client, cohort, django_capture_on_commit_callbacks):
    url = reverse("learning:cohort_add_participant", args=[cohort.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = trainer_client.post(url, {"name": "Aida", "email": "aida@example.org", "language": "ky"})

    assert response.status_code == 302
    assert cohort.participants.get().language == "ky"
    assert [m.to for m in mail.outbox] == [["aida@example.org"]]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"name": "Aida", "email": "", "phone": "", "language": "ru"},
            "at least one way to reach the person",
        ),
        ({}, 'id="id_name_error"'),  # the name field says it is required
    ],
)
def test_adding_a_participant_without_a_way_to_reach_them_is_refused(trainer_client, cohort, data, message):
    url = reverse("learning:cohort_add_participant", args=[cohort.pk])

    response = trainer_client.post(url, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Participant.objects.exists()


def test_upload_previews_then_confirm_saves_everything(
    trainer_client, trainer, cohort, django_capture_on_commit_callbacks
):
    url = reverse("learning:cohort_upload", args=[cohort.pk])

    preview = trainer_client.post(url, {"file": csv_upload(CLEAN_CSV), "language": "ru"})

    assert preview.status_code == 200
    assert preview.context["report"].can_confirm
    assert 'name="confirm"' in preview.content.decode()
    assert not Participant.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = trainer_client.post(url, {"confirm": "1"})

    assert confirmed.status_code == 302
    assert sorted(cohort.participants.values_list("name", flat=True)) == ["Aida", "Bakyt"]
    assert len(mail.outbox) == 1
    entry = AuditEntry.objects.get(action="cohort.participants.import")
    assert entry.actor == trainer and entry.detail == "2 participants"


def test_a_forced_confirm_of_a_file_with_a_bad_row_saves_nothing(trainer_client, cohort):
    url = reverse("learning:cohort_upload", args=[cohort.pk])

    preview = trainer_client.post(url, {"file": csv_upload(BAD_CSV), "language": "ru"})
    forced = trainer_client.post(url, {"confirm": "1"})

    content = preview.content.decode()
    assert 'name="confirm"' not in content
    assert "Give an email or a phone number" in content
    assert [row.number for row in preview.context["report"].invalid] == [3]
    assert forced.status_code == 200
    assert "Nothing was saved" in forced.content.decode()
    assert not Participant.objects.exists()
    assert mail.outbox == []


def test_confirm_without_an_uploaded_file_asks_for_it_again(trainer_client, cohort):
    response = trainer_client.post(
        reverse("learning:cohort_upload", args=[cohort.pk]), {"confirm": "1"}, follow=True
    )

    assert "Upload it again" in response.content.decode()
    assert not Participant.objects.exists()


def test_a_file_that_is_not_a_spreadsheet_gets_a_message(trainer_client, cohort):
    upload = SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\n....")

    response = trainer_client.post(
        reverse("learning:cohort_upload", args=[cohort.pk]), {"file": upload, "language": "ru"}
    )

    assert response.status_code == 200
    assert "Upload a CSV or an Excel (.xlsx) file." in response.content.decode()
    assert "report" not in response.context


def test_trainer_notes_are_saved_encrypted(trainer_client, cohort):
    trainer_client.post(
        reverse("learning:cohort_notes", args=[cohort.pk]), {"trainer_notes": "Bring the projector"}
    )

    cohort.refresh_from_db()
    assert cohort.trainer_notes == "Bring the projector"


def test_the_invitation_page_asks_an_anonymous_visitor_to_sign_in(client):
    participant = ParticipantFactory(email="umut@example.org", name="Үмүт")

    response = client.get(reverse("learning:claim_invitation", args=[invitation_token(participant)]))

    content = response.content.decode()
    assert reverse("account_login") in content
    assert "umut@example.org" not in content and "Үмүт" not in content


def test_accepting_an_invitation_enrols_the_signed_in_participant(client):
    participant = ParticipantFactory(email="umut@example.org")
    user = UserFactory(email="umut@example.org")
    client.force_login(user)

    response = client.post(reverse("learning:claim_invitation", args=[invitation_token(participant)]))

    assert response.status_code == 302
    participant.refresh_from_db()
    assert participant.user == user
    assert Enrolment.objects.get(user=user).source == Enrolment.Source.COHORT


def test_a_forged_invitation_link_is_not_found(client):
    assert client.get(reverse("learning:claim_invitation", args=["forged:token"])).status_code == 404
