import pytest

from learning import factories as f
from learning.models import Enrolment, LessonCompletion
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"


@pytest.fixture
def free_course():
    course = f.CoursePageFactory(parent=catalogue("ru"), title="Документирование нарушений")
    module = f.ModulePageFactory(parent=course, title="Основы")
    f.LessonPageFactory(parent=module, title="Первые шаги", body=f.lesson_body("Запишите дату и место"))
    f.LessonPageFactory(parent=module, title="Доказательства", body=f.lesson_body("Храните копии"))
    return course


def first_lesson(course):
    return course.get_descendants().type(f.LessonPageFactory._meta.model).specific().first()


def log_in(page, email):
    page.goto("/ru/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form[action$='/accounts/login/'] button[type=submit]").click()
    page.wait_for_load_state()


def test_a_learner_enrols_opens_a_lesson_marks_it_done_and_sees_progress(free_course, page_for):
    learner = UserFactory(email="aibek@example.org")
    page = page_for(locale="ru-RU")
    log_in(page, learner.email)

    page.goto(free_course.url)
    page.locator(f"form[action='{free_course.url}enrol/'] button").click()
    page.wait_for_load_state()
    assert Enrolment.objects.filter(user=learner, course=free_course).count() == 1

    lesson = first_lesson(free_course)
    page.locator(f"main a[href='{lesson.url}']").first.click()
    page.wait_for_load_state()
    assert "Запишите дату и место" in page.content()
    page.locator(f"form[action='{lesson.url}done/'] button").click()
    page.wait_for_load_state()
    assert LessonCompletion.objects.filter(user=learner).count() == 1

    page.goto(free_course.url)
    assert page.locator("progress").first.get_attribute("value") == "50"


def test_a_visitor_without_access_never_sees_the_lesson_text(free_course, page_for):
    lesson = first_lesson(free_course)
    page = page_for(locale="ru-RU")
    page.goto(lesson.url)
    assert page.url.endswith(free_course.url)
    assert "Запишите дату и место" not in page.content()
