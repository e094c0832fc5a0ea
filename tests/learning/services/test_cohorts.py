from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale

from learning.factories import (
    CohortFactory,
    CohortSessionFactory,
    LessonPageFactory,
    ModulePageFactory,
    ParticipantFactory,
)
from learning.models import Attendance, Enrolment, LessonCompletion, Participant
from learning.services.cohorts import (
    AttendanceError,
    InvalidParticipant,
    InvitationError,
    claim_invitation,
    cohort_progress,
    cohorts_for,
    invitation_token,
    mark_attendance,
    register_participant,
)
from website.accounts.factories import UserFactory
from website.core.contacts import clean_contact

pytestmark = pytest.mark.django_db


def kyrgyz_translation(course, title):
    locale = Locale.objects.get_or_create(language_code="ky")[0]
    translated = course.copy_for_translation(locale, copy_parents=True)
    translated.title = title
    translated.save_revision().publish()
    return translated


def test_a_trainer_sees_only_their_own_cohorts_and_a_superuser_sees_all():
    trainer, other = UserFactory(), UserFactory()
    mine = CohortFactory(trainers=[trainer])
    theirs = CohortFactory(trainers=[other])

    assert list(cohorts_for(trainer)) == [mine]
    assert set(cohorts_for(UserFactory(is_superuser=True))) == {mine, theirs}
    assert list(cohorts_for(UserFactory())) == []


def test_cohorts_for_an_anonymous_visitor_is_empty():
    from django.contrib.auth.models import AnonymousUser

    CohortFactory()

    assert list(cohorts_for(AnonymousUser())) == []


def test_registering_someone_twice_is_refused_whatever_the_phone_format():
    cohort = CohortFactory()
    register_participant(cohort, clean_contact("Bakyt", "", "+996 555 123 456"), "ru")

    with pytest.raises(InvalidParticipant, match="already in the cohort"):
        register_participant(cohort, clean_contact("Bakyt again", "", "0555123456"), "ru")
    assert cohort.participants.count() == 1


def test_the_invitation_goes_in_the_chosen_language_with_the_translated_course_title(
    settings, django_capture_on_commit_callbacks
):
    cohort = CohortFactory(course__title="Human rights basics")
    kyrgyz_translation(cohort.course, "Адам укуктарынын негиздери")

    with django_capture_on_commit_callbacks(execute=True):
        participant = register_participant(cohort, clean_contact("Үмүт", "umut@example.org", ""), "ky")

    (message,) = mail.outbox
    assert message.to == ["umut@example.org"]
    assert "Адам укуктарынын негиздери" in message.subject
    assert f"{settings.SITE_BASE_URL}/ky/learning/invitations/" in message.body
    assert participant.invited_at is not None


def test_no_invitation_without_an_email(django_capture_on_commit_callbacks):
    cohort = CohortFactory()

    with django_capture_on_commit_callbacks(execute=True):
        participant = register_participant(cohort, clean_contact("Bakyt", "", "0555123456"), "ru")

    assert mail.outbox == []
    assert participant.invited_at is None


def test_claiming_an_invitation_links_the_account_and_enrols_from_the_cohort():
    participant = ParticipantFactory(email="umut@example.org")
    user = UserFactory(email="Umut@example.org")

    claim_invitation(user, invitation_token(participant))

    participant.refresh_from_db()
    assert participant.user == user
    enrolment = Enrolment.objects.get(user=user, course=participant.cohort.course)
    assert enrolment.source == Enrolment.Source.COHORT


def test_an_invitation_cannot_be_claimed_with_another_email():
    participant = ParticipantFactory(email="umut@example.org")

    with pytest.raises(InvitationError, match="another email address"):
        claim_invitation(UserFactory(email="someone@example.org"), invitation_token(participant))
    assert not Enrolment.objects.exists()


def test_a_tampered_invitation_is_refused():
    participant = ParticipantFactory(email="umut@example.org")

    with pytest.raises(InvitationError, match="not valid"):
        claim_invitation(UserFactory(email="umut@example.org"), invitation_token(participant) + "x")


def test_an_invitation_stops_working_when_the_participant_email_changes():
    participant = ParticipantFactory(email="umut@example.org")
    token = invitation_token(participant)
    Participant.objects.filter(pk=participant.pk).update(email="new@example.org")

    with pytest.raises(InvitationError):
        claim_invitation(UserFactory(email="umut@example.org"), token)


def test_attendance_is_saved_per_session_with_its_status():
    cohort = CohortFactory()
    first, second = CohortSessionFactory(cohort=cohort), CohortSessionFactory(cohort=cohort)
    aida, bakyt = ParticipantFactory(cohort=cohort), ParticipantFactory(cohort=cohort)
    stranger = ParticipantFactory()

    mark_attendance(first, {aida.pk: "late", stranger.pk: "present"})
    mark_attendance(second, {aida.pk: "present", bakyt.pk: "excused"})
    counts = mark_attendance(second, {bakyt.pk: "present"})

    marks = {(a.session_id, a.participant_id): a.status for a in Attendance.objects.all()}
    assert marks == {
        (first.pk, aida.pk): "late",
        (first.pk, bakyt.pk): "absent",
        (second.pk, aida.pk): "absent",
        (second.pk, bakyt.pk): "present",
    }
    assert counts == {"present": 1, "absent": 1}


def test_a_session_that_has_not_happened_is_marked_only_when_confirmed():
    session = CohortSessionFactory(starts_at=timezone.now() + timedelta(days=1))
    aida = ParticipantFactory(cohort=session.cohort)

    with pytest.raises(AttendanceError, match="has not happened yet"):
        mark_attendance(session, {aida.pk: "present"})
    assert not Attendance.objects.exists()

    mark_attendance(session, {aida.pk: "present"}, confirm_future=True)
    assert Attendance.objects.get().status == "present"


def test_an_unknown_attendance_mark_saves_nothing():
    session = CohortSessionFactory()
    aida, bakyt = ParticipantFactory(cohort=session.cohort), ParticipantFactory(cohort=session.cohort)

    with pytest.raises(AttendanceError, match="present, late, excused or absent"):
        mark_attendance(session, {aida.pk: "present", bakyt.pk: "asleep"})
    assert not Attendance.objects.exists()


def test_cohort_progress_counts_lessons_sessions_and_completion(django_assert_num_queries):
    cohort = CohortFactory()
    module = ModulePageFactory(parent=cohort.course)
    lessons = [LessonPageFactory(parent=module) for _ in range(4)]
    session = CohortSessionFactory(cohort=cohort)
    done, halfway = UserFactory(), UserFactory()
    finished = ParticipantFactory(cohort=cohort, name="A", user=done)
    learning = ParticipantFactory(cohort=cohort, name="B", user=halfway)
    ParticipantFactory(cohort=cohort, name="C")
    for lesson in lessons:
        LessonCompletion.objects.create(user=done, lesson=lesson)
    LessonCompletion.objects.create(user=halfway, lesson=lessons[0])
    LessonCompletion.objects.create(user=halfway, lesson=lessons[1])
    Enrolment.objects.create(user=done, course=cohort.course, completed_at=timezone.now())
    mark_attendance(session, {finished.pk: "present", learning.pk: "late"})

    with django_assert_num_queries(6):
        rows = cohort_progress(cohort)

    assert [(r.participant.name, r.percent, r.completed, r.sessions_attended) for r in rows] == [
        ("A", 100, True, 1),
        ("B", 50, False, 1),
        ("C", 0, False, 0),
    ]
