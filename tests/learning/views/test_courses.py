import re
import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from learning import factories as f
from learning.models import Enrolment, LessonCompletion, QuizAttempt
from learning.services.enrolment import enrol
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory
from website.core.factories import translate

LESSON_TEXT = "How to document a rights violation safely"


@pytest.fixture
def course():
    course = f.CoursePageFactory(parent=catalogue("ru"), title="Documenting violations")
    module = f.ModulePageFactory(
        parent=course,
        title="Basics",
        quiz=[f.question("Who may see a participant list?", ["Anyone", "Only the trainer"], correct=[1])],
        pass_mark=100,
        max_attempts=2,
    )
    f.LessonPageFactory(parent=module, title="First steps", body=f.lesson_body(LESSON_TEXT))
    f.LessonPageFactory(parent=module, title="Evidence", body=f.lesson_body("Keep copies offline"))
    return course


@pytest.fixture
def paid_course():
    course = f.CoursePageFactory(parent=catalogue("ru"), title="CBPR", price=Decimal("75.00"))
    module = f.ModulePageFactory(parent=course)
    f.LessonPageFactory(parent=module, body=f.lesson_body(LESSON_TEXT))
    return course


def first_lesson(course):
    return course.get_descendants().type(f.LessonPageFactory._meta.model).specific().first()


def module_of(course):
    return course.get_children().specific().first()


@pytest.fixture
def learner(client, course):
    user = UserFactory()
    enrol(user, course)
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_course_page_shows_modules_price_and_enrol_button(client, course):
    client.force_login(UserFactory())

    response = client.get(course.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert "Basics" in content and "Free" in content
    assert course.url + "enrol/" in content
    assert LESSON_TEXT not in content


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["anonymous", "not enrolled"])
def test_lesson_url_without_access_redirects_to_course_page(client, paid_course, who):
    if who == "not enrolled":
        client.force_login(UserFactory())

    response = client.get(first_lesson(paid_course).url, follow=True)

    assert response.redirect_chain[0] == (paid_course.url, 302)
    content = response.content.decode()
    assert LESSON_TEXT not in content
    assert "Enrol in this course to open its lessons." in content


@pytest.mark.django_db
def test_enrolled_learner_reads_the_lesson(client, course, learner):
    response = client.get(first_lesson(course).url)

    assert response.status_code == 200
    assert LESSON_TEXT in response.content.decode()
    assert Enrolment.objects.get(user=learner).last_lesson == first_lesson(course)


@pytest.mark.django_db
def test_locked_module_redirects_learner_but_opens_for_trainer(client, course, learner):
    module = module_of(course)
    module.release_at = timezone.now() + timedelta(days=3)
    module.save_revision().publish()

    response = client.get(first_lesson(course).url)
    assert response.status_code == 302 and response["Location"] == course.url

    trainer = UserFactory()
    course.trainers.add(trainer)
    course.save_revision().publish()
    client.force_login(trainer)
    assert LESSON_TEXT in client.get(first_lesson(course).url).content.decode()


@pytest.mark.django_db
def test_double_post_enrols_once(client, course):
    client.force_login(UserFactory())
    url = course.url + "enrol/"

    client.post(url)
    response = client.post(url)

    assert response.status_code == 302 and response["Location"] == course.url
    assert Enrolment.objects.count() == 1


@pytest.mark.django_db
def test_enrol_needs_post_and_login(client, course):
    url = course.url + "enrol/"

    assert client.get(url).status_code == 405
    response = client.post(url)

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Enrolment.objects.exists()


@pytest.mark.django_db
def test_enrol_is_refused_for_a_paid_course(client, paid_course):
    client.force_login(UserFactory())

    response = client.post(paid_course.url + "enrol/", follow=True)

    assert not Enrolment.objects.exists()
    assert "complete the checkout to enrol" in response.content.decode()


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_concurrent_enrol_calls_create_one_row(require_postgres, course):
    user = UserFactory()
    barrier = threading.Barrier(5)
    errors = []

    def enrol_at_once():
        try:
            barrier.wait()
            enrol(user, course)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=enrol_at_once) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Enrolment.objects.filter(user=user).count() == 1


@pytest.mark.django_db
def test_mark_done_twice_is_one_completion_and_moves_to_next_lesson(client, course, learner):
    lesson = first_lesson(course)
    url = lesson.url + "done/"

    client.post(url)
    response = client.post(url)

    assert LessonCompletion.objects.filter(user=learner).count() == 1
    assert response["Location"] == lesson.get_next_siblings().first().url
    course_page = client.get(course.url).content.decode()
    assert "33% done" in course_page  # 1 of 2 lessons + the quiz
    assert "Continue where I left off" in course_page


@pytest.mark.django_db
def test_mark_done_refused_without_enrolment(client, course):
    client.force_login(UserFactory())

    response = client.post(first_lesson(course).url + "done/")

    assert response["Location"] == course.url
    assert not LessonCompletion.objects.exists()


def quiz_form(html):
    form = re.search(r'<form class="quiz".*?</form>', html, re.S).group(0)
    return re.sub(r'<input type="hidden" name="csrfmiddlewaretoken"[^>]*>', "", form)


@pytest.mark.django_db
def test_quiz_page_does_not_reveal_the_correct_answers(client, course, learner):
    module = module_of(course)
    before = quiz_form(client.get(module.url).content.decode())

    stream = module.quiz.raw_data
    stream[0]["value"]["choices"][0]["correct"] = True
    stream[0]["value"]["choices"][1]["correct"] = False
    module.quiz = stream
    module.save_revision().publish()
    after = quiz_form(client.get(module.url).content.decode())

    assert before == after  # which answer is right changes nothing in the page
    assert "correct" not in before.lower()
    assert "Only the trainer" in before


@pytest.mark.django_db
def test_quiz_submission_gives_feedback_and_counts_attempts(client, course, learner):
    module = module_of(course)
    question_id = module.quiz[0].id

    response = client.post(module.url + "quiz/", {f"q-{question_id}": "0"})
    feedback = client.get(response["Location"]).content.decode()

    assert QuizAttempt.objects.get(user=learner).passed is False
    assert "Your score: 0%" in feedback and "Wrong" in feedback
    assert "Try again (1 attempt left)" in feedback


@pytest.mark.django_db
def test_quiz_submission_without_answers_changes_nothing(client, course, learner):
    module = module_of(course)

    response = client.post(module.url + "quiz/", {}, follow=True)

    assert not QuizAttempt.objects.exists()
    assert "Answer at least one question" in response.content.decode()


@pytest.mark.django_db
def test_someone_elses_quiz_attempt_is_not_shown(client, course, learner):
    module = module_of(course)
    other = f.QuizAttemptFactory(module=module)

    response = client.get(f"{module.url}quiz/attempts/{other.pk}/")

    assert response.status_code == 404


@pytest.mark.django_db
def test_translated_lesson_counts_for_the_same_course(client, course, learner):
    lesson = first_lesson(course)
    ky_lesson = translate(lesson, "ky", title="Алгачкы кадамдар")

    client.post(ky_lesson.url + "done/")
    ky_course = course.get_translation(ky_lesson.locale)

    assert "33% done" in client.get(course.url).content.decode()
    assert "33% done" in client.get(ky_course.url).content.decode()


@pytest.mark.django_db
def test_the_addresses_by_page_id_from_before_lead_to_the_page_routes(client, course, learner):
    """Forms and links from before the actions moved onto the pages keep working: a POST stays a POST."""
    lesson, module = first_lesson(course), module_of(course)
    old_to_new = {
        reverse("learning:enrol", args=[course.pk]): course.url + "enrol/",
        reverse("learning:lesson_done", args=[lesson.pk]): lesson.url + "done/",
        reverse("learning:quiz_submit", args=[module.pk]): module.url + "quiz/",
        reverse("learning:quiz_attempt", args=[module.pk, 7]): module.url + "quiz/attempts/7/",
    }
    for old, new in old_to_new.items():
        response = client.post(old)
        assert (response.status_code, response["Location"]) == (307, new)

    client.post(reverse("learning:lesson_done", args=[lesson.pk]), follow=True)

    assert LessonCompletion.objects.filter(user=learner).count() == 1
