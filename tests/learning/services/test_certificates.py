import threading

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone
from wagtail.models import Locale

from learning.factories import CohortFactory, ParticipantFactory
from learning.models import Certificate, Enrolment
from learning.services.certificates import (
    CODE_ALPHABET,
    CODE_LENGTH,
    CourseNotComplete,
    issue_certificate,
    issue_cohort_certificates,
    revoke_certificate,
)
from website.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def completed(user, course):
    return Enrolment.objects.create(user=user, course=course, completed_at=timezone.now())


@pytest.fixture
def cohort():
    return CohortFactory(course__title="Human rights basics")


def test_no_certificate_before_the_course_is_complete(cohort):
    learner = UserFactory()
    Enrolment.objects.create(user=learner, course=cohort.course)

    with pytest.raises(CourseNotComplete):
        issue_certificate(learner, cohort.course)
    assert not Certificate.objects.exists()


def test_a_certificate_carries_the_chosen_name_course_trainer_and_a_readable_code(
    cohort, django_capture_on_commit_callbacks
):
    trainer = UserFactory(display_name="Айгерим Токтосунова")
    cohort.trainers.set([trainer])
    learner = UserFactory(display_name="Үмүт")
    ParticipantFactory(cohort=cohort, user=learner)
    completed(learner, cohort.course)

    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue_certificate(learner, cohort.course, issued_by=trainer)

    assert certificate.name_on_certificate == "Үмүт"
    assert certificate.course_title == "Human rights basics"
    assert certificate.trainer_name == "Айгерим Токтосунова"
    assert certificate.language == "ru"
    assert len(certificate.code) == CODE_LENGTH and set(certificate.code) <= set(CODE_ALPHABET)
    (message,) = mail.outbox
    assert message.to == [learner.email]
    assert f"/certificates/{certificate.code}/" in message.body


def test_without_a_display_name_the_email_local_part_is_used(cohort):
    learner = UserFactory(display_name="", email="aigul.s@example.org")
    completed(learner, cohort.course)

    assert issue_certificate(learner, cohort.course).name_on_certificate == "aigul.s"


def test_the_course_title_follows_the_certificate_language(cohort):
    locale = Locale.objects.get_or_create(language_code="ky")[0]
    translated = cohort.course.copy_for_translation(locale, copy_parents=True)
    translated.title = "Адам укуктарынын негиздери"
    translated.save_revision().publish()
    learner = UserFactory()
    completed(learner, cohort.course)

    certificate = issue_certificate(learner, translated, language="ky")

    assert certificate.course == cohort.course
    assert (certificate.language, certificate.course_title) == ("ky", "Адам укуктарынын негиздери")


def test_issuing_twice_gives_the_same_certificate_and_one_email(cohort, django_capture_on_commit_callbacks):
    learner = UserFactory()
    completed(learner, cohort.course)

    with django_capture_on_commit_callbacks(execute=True):
        first = issue_certificate(learner, cohort.course)
        second = issue_certificate(learner, cohort.course)

    assert first == second
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1


def test_the_completion_rule_can_be_supplied(cohort):
    learner = UserFactory()

    certificate = issue_certificate(learner, cohort.course, completed=lambda user, course: True)

    assert certificate.user == learner


def test_revoking_marks_the_certificate(cohort):
    learner = UserFactory()
    completed(learner, cohort.course)
    certificate = issue_certificate(learner, cohort.course)

    revoke_certificate(certificate)

    certificate.refresh_from_db()
    assert not certificate.is_valid


def test_a_trainer_issues_certificates_only_to_participants_who_completed(cohort):
    trainer = UserFactory()
    finished, unfinished = UserFactory(), UserFactory()
    done = ParticipantFactory(cohort=cohort, user=finished)
    not_done = ParticipantFactory(cohort=cohort, user=unfinished)
    no_account = ParticipantFactory(cohort=cohort)
    completed(finished, cohort.course)

    issued, not_due = issue_cohort_certificates(cohort, [done.pk, not_done.pk, no_account.pk], trainer)

    assert (issued, not_due) == (1, 2)
    assert Certificate.objects.get().issued_by == trainer
    assert issue_cohort_certificates(cohort, [done.pk], trainer) == (0, 0)


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_requests_issue_one_certificate(require_postgres):
    cohort = CohortFactory()
    learner = UserFactory()
    completed(learner, cohort.course)
    barrier = threading.Barrier(2)
    codes = []

    def request_certificate():
        try:
            barrier.wait()
            codes.append(issue_certificate(learner, cohort.course).code)
        finally:
            connection.close()

    threads = [threading.Thread(target=request_certificate) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert Certificate.objects.count() == 1
    assert codes == [Certificate.objects.get().code] * 2
