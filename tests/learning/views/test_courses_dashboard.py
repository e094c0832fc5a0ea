from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from learning import factories as f
from learning.models import Certificate, Order
from learning.services import progress
from learning.services.enrolment import enrol
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory
from website.core.factories import translate

pytestmark = pytest.mark.django_db


def enrolled_course(user, title, locked_until=None):
    """A course with an open module (two lessons, the first done) and a second module opening later."""
    course = f.CoursePageFactory(parent=catalogue("ru"), title=title)
    first = f.ModulePageFactory(parent=course)
    done = f.LessonPageFactory(parent=first)
    f.LessonPageFactory(parent=first)
    later = f.ModulePageFactory(parent=course, title=f"{title}: next", release_at=locked_until)
    f.LessonPageFactory(parent=later)
    enrol(user, course)
    progress.mark_lesson_done(user, done)
    Certificate.objects.create(
        code=f"C-{course.pk}",
        user=user,
        course=course,
        name_on_certificate="A",
        course_title=title,
        language="ru",
    )
    Order.objects.create(
        user=user, course=course, list_price=Decimal("75.00"), total=Decimal("75.00"), currency="EUR"
    )
    return course


def dashboard_url(language="ru"):
    with translation.override(language):
        return reverse("learning:dashboard")


def test_dashboard_needs_login(client):
    response = client.get(dashboard_url())

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_dashboard_lists_progress_next_module_certificates_and_payments(client):
    user = UserFactory()
    opens = timezone.now() + timedelta(days=10)
    enrolled_course(user, "CBPR", locked_until=opens)
    client.force_login(user)

    content = client.get(dashboard_url()).content.decode()

    assert "CBPR" in content
    assert "33% done" in content  # 1 of 3 lessons
    assert "CBPR: next" in content and "opens on" in content
    assert "Continue where I left off" in content
    assert "Pending payment" in content
    assert reverse("learning:order_detail", args=[Order.objects.get().pk]) in content


def test_dashboard_shows_course_titles_in_the_page_language(client):
    user = UserFactory()
    course = enrolled_course(user, "Human rights")
    translate(course, "ky", title="Адам укуктары")
    client.force_login(user)

    assert "Адам укуктары" in client.get(dashboard_url("ky")).content.decode()


def test_someone_elses_courses_are_not_listed(client):
    enrolled_course(UserFactory(), "Private course")
    client.force_login(UserFactory())

    assert "Private course" not in client.get(dashboard_url()).content.decode()


def test_a_trainer_finds_their_cohorts_from_the_dashboard_and_a_learner_does_not(client):
    trainer, learner = UserFactory(), UserFactory()
    f.CohortFactory().trainers.add(trainer)
    cohorts_url = reverse("learning:my_cohorts")

    client.force_login(trainer)
    assert cohorts_url in client.get(dashboard_url()).content.decode()
    client.force_login(learner)
    assert cohorts_url not in client.get(dashboard_url()).content.decode()


def test_query_count_does_not_grow_with_enrolled_courses(client):
    user = UserFactory()
    opens = timezone.now() + timedelta(days=10)
    enrolled_course(user, "Course A", locked_until=opens)
    client.force_login(user)
    client.get(dashboard_url())

    with CaptureQueriesContext(connection) as one:
        client.get(dashboard_url())
    for title in ("B", "C", "D", "E"):
        enrolled_course(user, f"Course {title}", locked_until=opens)
    with CaptureQueriesContext(connection) as five:
        response = client.get(dashboard_url())

    assert len(response.context["cards"]) == 5
    assert len(one) == len(five)
