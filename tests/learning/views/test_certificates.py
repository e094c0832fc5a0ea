import io

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from learning.documents import validate_printable_on_certificate
from learning.documents.certificate import render_certificate_pdf
from learning.factories import CohortFactory
from learning.models import Certificate, Enrolment
from learning.services.certificates import issue_certificate, revoke_certificate
from website.accounts.factories import UserFactory
from website.core.factories import translate

pytestmark = pytest.mark.django_db

KYRGYZ_TITLE = "Жаңы изилдөө: укуктар үчүн"


@pytest.fixture
def learner():
    return UserFactory(display_name="Үмүт Төлөгөнова", email="umut@example.org")


@pytest.fixture
def certificate(learner):
    cohort = CohortFactory(course__title=KYRGYZ_TITLE, course__slug="new-research")
    cohort.trainers.set([UserFactory(display_name="Айгерим")])
    cohort.participants.create(name="Үмүт", email=learner.email, user=learner)
    Enrolment.objects.create(user=learner, course=cohort.course, completed_at=timezone.now())
    return issue_certificate(learner, cohort.course, language="ky")


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_shows_name_course_trainer_code_and_kyrgyz_letters(settings, certificate):
    data = render_certificate_pdf(certificate)

    text = pdf_text(data)
    assert "Үмүт Төлөгөнова" in text
    assert KYRGYZ_TITLE in text
    assert "Айгерим" in text
    assert certificate.code in text
    assert {"ң", "ө", "ү"} <= set(text)
    assert f"{settings.SITE_BASE_URL}/certificates/{certificate.code}/" in text
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 1


def test_the_pdf_shows_every_character_of_a_name_the_profile_accepts(learner, certificate):
    certificate.name_on_certificate = "Үмүт ☺ ♀"
    validate_printable_on_certificate(certificate.name_on_certificate)

    assert "Үмүт ☺ ♀" in pdf_text(render_certificate_pdf(certificate))


def test_the_learner_downloads_their_certificate(client, learner, certificate):
    client.force_login(learner)

    response = client.get(reverse("learning:certificate_pdf", args=[certificate.code]))

    assert response["Content-Type"] == "application/pdf"
    assert certificate.code in pdf_text(response.content)


def test_nobody_else_downloads_it(client, certificate):
    url = reverse("learning:certificate_pdf", args=[certificate.code])

    assert client.get(url).status_code == 302
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404


def test_a_revoked_certificate_is_not_downloaded(client, learner, certificate):
    revoke_certificate(certificate)
    client.force_login(learner)

    assert client.get(reverse("learning:certificate_pdf", args=[certificate.code])).status_code == 404


def test_a_learner_who_completed_gets_a_certificate_from_the_course(client):
    cohort = CohortFactory()
    learner = UserFactory()
    Enrolment.objects.create(user=learner, course=cohort.course, completed_at=timezone.now())
    client.force_login(learner)

    response = client.get(reverse("learning:course_certificate", args=[cohort.course.pk]))

    certificate = Certificate.objects.get(user=learner)
    assert response["Location"] == reverse("learning:certificate_pdf", args=[certificate.code])


def test_the_certificate_speaks_the_language_of_the_course_page_the_learner_took(client):
    cohort = CohortFactory(course__title="Документирование нарушений")
    english_course = translate(cohort.course, "en", title="Documenting violations")
    learner = UserFactory()
    Enrolment.objects.create(user=learner, course=cohort.course, completed_at=timezone.now())
    client.force_login(learner)

    response = client.get(reverse("learning:course_certificate", args=[english_course.pk]), follow=True)

    assert "Documenting violations" in pdf_text(response.content)
    assert Certificate.objects.get(user=learner).language == "en"


def test_a_learner_who_has_not_completed_gets_no_certificate(client):
    cohort = CohortFactory()
    learner = UserFactory()
    Enrolment.objects.create(user=learner, course=cohort.course)
    client.force_login(learner)

    response = client.get(reverse("learning:course_certificate", args=[cohort.course.pk]))

    assert response.status_code == 302
    assert not Certificate.objects.exists()


def test_the_check_page_says_valid_and_shows_no_more_than_the_certificate(client, certificate):
    response = client.get(f"/certificates/{certificate.code.lower()}/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Valid" in content
    assert "Үмүт Төлөгөнова" in content and KYRGYZ_TITLE in content
    assert "umut@example.org" not in content
    assert "Айгерим" not in content
    assert response["X-Robots-Tag"] == "noindex"


def test_the_check_page_says_revoked(client, certificate):
    revoke_certificate(certificate)

    content = client.get(f"/certificates/{certificate.code}/").content.decode()

    assert "Revoked" in content


def test_an_unknown_code_is_not_found(client):
    assert client.get("/certificates/NOSUCHCODE/").status_code == 404


def test_a_trainer_issues_certificates_from_the_cohort_page(client):
    trainer, learner = UserFactory(), UserFactory()
    cohort = CohortFactory(trainers=[trainer])
    participant = cohort.participants.create(name="Aida", email=learner.email, user=learner)
    Enrolment.objects.create(user=learner, course=cohort.course, completed_at=timezone.now())
    client.force_login(trainer)

    client.post(reverse("learning:cohort_certificates", args=[cohort.pk]), {"participant": [participant.pk]})

    assert Certificate.objects.get().issued_by == trainer
