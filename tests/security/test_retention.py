"""The end of the retention period: personal data of old registrations and cohorts is removed, counts stay."""

import datetime
import json

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import Consent, Feedback, FeedbackStatus, Registration, ReminderKind, SentReminder
from events.services import feedback as feedback_service
from events.services.reports import counts_per_event
from learning.factories import CohortFactory, CohortSessionFactory, CoursePageFactory, course_catalogue
from learning.models import Attendance, AttendanceStatus, Certificate, Participant
from learning.services.retention import finished_cohorts
from tests.website.site_tree import build_site_tree
from website.accounts.factories import UserFactory
from website.celery import app
from website.core import outbox
from website.core.checks import check_personal_data_retention
from website.core.models import AuditEntry, OutboxEmail
from website.core.tasks import shred_personal_data
from website.stories import services as stories_service
from website.stories.factories import StoryIndexPageFactory
from website.stories.models import StoryPage

pytestmark = pytest.mark.django_db

SIGN_UP_TIME = datetime.datetime(2025, 1, 3, 9, tzinfo=datetime.UTC)
OLD_EVENT_START = datetime.datetime(2025, 1, 10, 10, tzinfo=datetime.UTC)
RECENT_EVENT_START = datetime.datetime(2025, 11, 20, 10, tzinfo=datetime.UTC)
# Thirteen months after the old event: past the default twelve, not yet past the recent event's.
LATER = datetime.datetime(2026, 2, 12, 3, 37, tzinfo=datetime.UTC)

GUEST = {
    "name": "Bakyt Asanov",
    "email": "bakyt@example.org",
    "phone": "+996 700 123 456",
    "answer": "Needs a step-free entrance",
    "feedback": "The room was far too cold.",
    "notes": "Bakyt Asanov asked for materials in Kyrgyz.",
}
ACCOUNT_EMAIL = "aigul@example.org"


def questions_with_answer(event, answer):
    return json.dumps({event.questions[0].id: answer})


def publish_story_from(registration, consent, editor, *, text, publish):
    feedback = feedback_service.submit_feedback(
        registration, rating=5, text=text, consent=consent, display_name=registration.name, language="ru"
    )
    story = stories_service.turn_into_story(feedback, editor)
    if publish:
        story.save_revision().publish()
    return feedback, story


def old_and_recent_events(tree):
    index = EventIndexPageFactory(parent=tree.homes["ru"])
    questions = [("question", {"question": "Accessibility needs", "why": "To prepare the room."})]

    def event(start, title):
        return EventPageFactory(
            parent=index,
            title=title,
            starts_at=start,
            ends_at=start + datetime.timedelta(hours=3),
            questions=questions,
        )

    return event(OLD_EVENT_START, "Human Rights Day in Osh"), event(RECENT_EVENT_START, "Training in Naryn")


def attended(event, **fields):
    return RegistrationFactory(
        event=event, checked_in_at=event.starts_at + datetime.timedelta(minutes=5), **fields
    )


@pytest.fixture
def records():
    """A year of activity: an old event and cohort, a recent event and cohort, the emails they caused."""
    with freeze_time(SIGN_UP_TIME):
        tree = build_site_tree()
        StoryIndexPageFactory(parent=tree.homes["ru"])
        old_event, recent_event = old_and_recent_events(tree)
        account = UserFactory(email=ACCOUNT_EMAIL, display_name="Aigul")
        guest = attended(
            old_event,
            name=GUEST["name"],
            email=GUEST["email"],
            phone=GUEST["phone"],
            answers=questions_with_answer(old_event, GUEST["answer"]),
        )
        member = attended(old_event, name="Aigul T.", email=ACCOUNT_EMAIL, user=account)
        named_author = attended(old_event, name="Cholpon Ibraimova", email="cholpon@example.org")
        draft_author = attended(old_event, name="Dastan Bekov", email="dastan@example.org")
        RegistrationFactory(event=old_event, status="cancelled", email="nurlan@example.org")
        RegistrationFactory(event=old_event, status="waiting", email="saltanat@example.org")
        recent = RegistrationFactory(event=recent_event, name="Elmira Sydykova", email="elmira@example.org")
        SentReminder.objects.create(
            event=old_event, registration=guest, kind=ReminderKind.REMINDER, scheduled_for=old_event.starts_at
        )
        SentReminder.objects.create(
            event=recent_event,
            registration=recent,
            kind=ReminderKind.REMINDER,
            scheduled_for=RECENT_EVENT_START,
        )
        outbox.store("Your seat", f"Hello {GUEST['name']}", GUEST["email"])
        stuck = outbox.store("Your seat", f"Hello {GUEST['name']}", GUEST["email"])
        OutboxEmail.objects.exclude(pk=stuck.pk).update(status=OutboxEmail.Status.SENT)
        old_cohort, recent_cohort = cohorts(account)

    with freeze_time(OLD_EVENT_START + datetime.timedelta(days=1)):
        editor = UserFactory(is_staff=True)
        feedback_service.submit_feedback(
            guest, rating=2, text=GUEST["feedback"], consent=Consent.PRIVATE, language="ru"
        )
        named_feedback, named_story = publish_story_from(
            named_author, Consent.NAMED, editor, text="It changed how I work.", publish=True
        )
        draft_feedback, draft_story = publish_story_from(
            draft_author, Consent.ANONYMOUS, editor, text="Dastan found it useful.", publish=False
        )

    with freeze_time(LATER - datetime.timedelta(days=10)):
        recent_email = outbox.store("Your seat", "Hello Elmira Sydykova", "elmira@example.org")

    return {
        "old_event": old_event,
        "recent_event": recent_event,
        "account": account,
        "guest": guest,
        "member": member,
        "recent": recent,
        "named": (named_feedback, named_story),
        "draft": (draft_feedback, draft_story),
        "old_cohort": old_cohort,
        "recent_cohort": recent_cohort,
        "recent_email": recent_email,
    }


def cohorts(account):
    course = CoursePageFactory(parent=course_catalogue(), title="CBPR")
    Certificate.objects.create(
        code="BRG-0001",
        user=account,
        course=course,
        name_on_certificate="Aigul T.",
        course_title="CBPR",
        language="ru",
    )
    old = CohortFactory(
        course=course,
        starts_on=datetime.date(2025, 1, 6),
        ends_on=datetime.date(2025, 1, 8),
        trainer_notes=GUEST["notes"],
    )
    recent = CohortFactory(
        course=course,
        starts_on=datetime.date(2025, 10, 6),
        ends_on=datetime.date(2025, 10, 10),
        trainer_notes="Room 4",
    )
    people_by_cohort = {
        old: [
            {"name": GUEST["name"], "email": GUEST["email"], "phone": GUEST["phone"]},
            {"name": "Aigul T.", "email": ACCOUNT_EMAIL, "user": account},
        ],
        recent: [
            {"name": "Elmira Sydykova", "email": "elmira@example.org", "phone": "+996 555 999 000"},
            {
                "name": "Talant",
                "email": "talant@example.org",
                "user": UserFactory(email="talant@example.org"),
            },
        ],
    }
    for cohort, details in people_by_cohort.items():
        session = CohortSessionFactory(
            cohort=cohort,
            starts_at=datetime.datetime.combine(cohort.starts_on, datetime.time(10), datetime.UTC),
        )
        people = [Participant.objects.create(cohort=cohort, **person) for person in details]
        Attendance.objects.create(session=session, participant=people[0], status=AttendanceStatus.PRESENT)
        Attendance.objects.create(session=session, participant=people[1], status=AttendanceStatus.ABSENT)
    return old, recent


def tables_holding(value, *, skip=()):
    """Labels of the models with a row that holds `value` anywhere (encrypted fields read decrypted)."""
    found = set()
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed or model._meta.label in skip:
            continue
        for row in model._default_manager.values_list():
            if value.lower() in " ".join(map(str, row)).lower():
                found.add(model._meta.label)
    return found


def attendance_counts(cohort):
    marks = Attendance.objects.filter(session__cohort=cohort)
    return (
        Participant.objects.filter(cohort=cohort).count(),
        marks.count(),
        marks.filter(status=AttendanceStatus.PRESENT).count(),
    )


def shred():
    return shred_personal_data.delay().get()


def test_past_the_period_a_guests_details_are_gone_from_every_table(records):
    with freeze_time(LATER):
        shred()

    for value in GUEST.values():
        assert tables_holding(value) == set(), value


def test_past_the_period_an_account_keeps_its_certificate_but_loses_its_old_registrations(client, records):
    with freeze_time(LATER):
        shred()

    account_tables = {"accounts.User", "account.EmailAddress"}
    assert tables_holding(ACCOUNT_EMAIL) == account_tables
    assert tables_holding("Aigul T.") == {"learning.Certificate"}
    assert not Registration.objects.filter(user=records["account"], event=records["old_event"]).exists()
    assert not Participant.objects.filter(user=records["account"], cohort=records["old_cohort"]).exists()
    response = client.get("/certificates/BRG-0001/")
    assert response.status_code == 200
    assert "Aigul T." in response.content.decode()


def test_anonymised_registrations_keep_their_status_and_check_in_for_the_report(records):
    old_event = records["old_event"]
    before = counts_per_event()[old_event.pk]

    with freeze_time(LATER):
        counts = shred()

    assert counts_per_event()[old_event.pk] == before
    assert before.checked_in == 4 and before.cancelled == 1
    assert counts["registrations_anonymised"] == 6
    names = set(Registration.objects.filter(event=old_event).values_list("name", flat=True))
    assert names == {"Anonymised participant"}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT email, phone, answers FROM events_registration WHERE event_id = %s",
            [old_event.pk],
        )
        assert cursor.fetchall() == [("", "", "")]


def test_cohort_participants_are_anonymised_and_attendance_counts_stay(records):
    old_cohort = records["old_cohort"]
    before = attendance_counts(old_cohort)

    with freeze_time(LATER):
        counts = shred()

    assert attendance_counts(old_cohort) == before == (2, 2, 1)
    assert counts["participants_anonymised"] == 2
    assert set(old_cohort.participants.values_list("name", "email", "phone", "user")) == {
        ("Anonymised participant", "", "", None)
    }
    old_cohort.refresh_from_db()
    assert old_cohort.trainer_notes == ""


def test_feedback_keeps_its_rating_and_a_published_story_stays_without_a_link_to_its_author(client, records):
    named_feedback, named_story = records["named"]
    draft_feedback, draft_story = records["draft"]

    with freeze_time(LATER):
        counts = shred()

    assert set(Feedback.objects.values_list("rating", flat=True)) == {2, 5}
    assert not Feedback.objects.exclude(registration=None).exists()
    named_feedback.refresh_from_db()
    assert named_feedback.text == "It changed how I work." and named_feedback.story == named_story
    assert client.get(named_story.url).status_code == 200
    assert not StoryPage.objects.filter(pk=draft_story.pk).exists()
    assert tables_holding("Dastan found it useful") == set()
    draft_feedback.refresh_from_db()
    assert (draft_feedback.text, draft_feedback.status) == ("", FeedbackStatus.ARCHIVED)
    assert (counts["stories_deleted"], counts["feedback_cleared"], counts["feedback_unlinked"]) == (1, 2, 3)


def test_reminder_markers_and_emails_of_the_old_event_are_deleted(records):
    with freeze_time(LATER):
        counts = shred()

    assert list(SentReminder.objects.values_list("registration", flat=True)) == [records["recent"].pk]
    assert list(OutboxEmail.objects.values_list("pk", flat=True)) == [records["recent_email"].pk]
    assert (counts["reminder_markers_deleted"], counts["outbox_emails_deleted"]) == (1, 2)


def test_data_younger_than_the_period_is_untouched(records):
    recent, recent_cohort = records["recent"], records["recent_cohort"]

    with freeze_time(LATER):
        shred()

    recent_after = Registration.objects.get(pk=recent.pk)
    assert (recent_after.name, recent_after.email, recent_after.token, recent_after.code) == (
        "Elmira Sydykova",
        "elmira@example.org",
        recent.token,
        recent.code,
    )
    assert set(recent_cohort.participants.values_list("name", "email", "phone")) == {
        ("Elmira Sydykova", "elmira@example.org", "+996 555 999 000"),
        ("Talant", "talant@example.org", ""),
    }
    assert recent_cohort.participants.filter(user__email="talant@example.org").exists()
    recent_cohort.refresh_from_db()
    assert recent_cohort.trainer_notes == "Room 4"


def test_one_audit_entry_gives_the_counts_and_no_personal_value(records):
    with freeze_time(LATER):
        counts = shred()

    [entry] = AuditEntry.objects.filter(action="shred_personal_data")
    assert entry.actor is None
    assert "registrations_anonymised=6" in entry.detail and "participants_anonymised=2" in entry.detail
    assert sum(counts.values()) > 0
    assert tables_holding(GUEST["name"]) == set()


def test_running_it_again_changes_nothing_more(records):
    with freeze_time(LATER):
        shred()
        tables = [
            Registration,
            Feedback,
            SentReminder,
            Participant,
            Attendance,
            OutboxEmail,
            AuditEntry,
            StoryPage,
        ]
        before = {model: list(model.objects.order_by("pk").values_list()) for model in tables}

        counts = shred()

    assert set(counts.values()) == {0}
    assert {model: list(model.objects.order_by("pk").values_list()) for model in tables} == before


def test_a_longer_period_keeps_the_data_until_it_is_over(settings, records):
    settings.PERSONAL_DATA_RETENTION_MONTHS = 24

    with freeze_time(LATER):
        counts = shred()

    assert set(counts.values()) == {0}
    assert Registration.objects.get(pk=records["guest"].pk).name == GUEST["name"]
    assert not AuditEntry.objects.filter(action="shred_personal_data").exists()

    settings.PERSONAL_DATA_RETENTION_MONTHS = 1
    with freeze_time(LATER):
        counts = shred()

    assert Registration.objects.get(pk=records["recent"].pk).name == "Anonymised participant"
    assert counts["participants_anonymised"] == 4


@pytest.mark.parametrize("months", [0, -3])
def test_a_period_shorter_than_a_month_is_a_start_up_error(settings, months):
    settings.PERSONAL_DATA_RETENTION_MONTHS = months

    (error,) = check_personal_data_retention(None)

    assert error.id == "core.E002"


def test_the_default_period_passes_the_check():
    assert check_personal_data_retention(None) == []


@pytest.mark.parametrize(
    ("action", "status"), [("confirm", 410), ("cancel", 410), ("accept", 410), ("feedback", 404)]
)
def test_a_link_from_an_old_email_shows_the_invalid_link_page(client, records, action, status):
    url = f"/en/events/registrations/{records['guest'].token}/{action}/"

    with freeze_time(LATER):
        shred()
        opened, sent = client.get(url), client.post(url)

    for response in (opened, sent):
        assert response.status_code == status
        assert "This link is not valid" in response.content.decode()
    assert Registration.objects.get(pk=records["guest"].pk).status == "confirmed"


def test_the_shredding_runs_every_night():
    [schedule] = [
        entry["schedule"]
        for entry in settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == "website.core.tasks.shred_personal_data"
    ]

    assert (schedule.hour, schedule.day_of_week) == ({3}, set(range(7)))
    assert "website.core.tasks.shred_personal_data" in app.tasks


def test_a_cohort_with_a_session_after_its_end_date_counts_as_finished_only_after_that_session(db):
    cohort = CohortFactory(starts_on=datetime.date(2025, 1, 6), ends_on=datetime.date(2025, 1, 8))
    CohortSessionFactory(cohort=cohort, starts_at=datetime.datetime(2025, 3, 1, 10, tzinfo=datetime.UTC))

    assert not finished_cohorts(datetime.datetime(2025, 2, 1, tzinfo=datetime.UTC)).exists()
    assert finished_cohorts(datetime.datetime(2025, 3, 2, tzinfo=datetime.UTC)).exists()


def test_the_number_of_queries_does_not_grow_with_the_number_of_people(db):
    with freeze_time(SIGN_UP_TIME):
        old_event, _recent_event = old_and_recent_events(build_site_tree())
        cohort = CohortFactory(starts_on=datetime.date(2025, 1, 6), ends_on=datetime.date(2025, 1, 8))

    def queries_to_shred_more(count):
        with freeze_time(SIGN_UP_TIME):
            first = Registration.objects.count()
            for number in range(first, first + count):
                email = f"person{number}@example.org"
                attended(old_event, email=email, phone="+996 700 000 000")
                Participant.objects.create(
                    cohort=cohort, name="Someone", email=email, phone="+996 700 000 000"
                )
                outbox.store("Your seat", "Hello", email)
        with freeze_time(LATER), CaptureQueriesContext(connection) as queries:
            assert shred()["registrations_anonymised"] == count
        return len(queries)

    few = queries_to_shred_more(2)
    many = queries_to_shred_more(40)

    assert many <= few
    assert Registration.objects.filter(name="Anonymised participant").count() == 42
