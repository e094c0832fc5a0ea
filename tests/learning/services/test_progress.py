from datetime import timedelta

import pytest
from django.utils import timezone

from learning import factories as f
from learning.models import Enrolment, LessonCompletion
from learning.services import access, progress
from learning.services.enrolment import enrol
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory
from website.core.factories import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    """A free course: module 1 open (two lessons and a quiz), module 2 opening in a week (one lesson)."""
    course = f.CoursePageFactory(parent=catalogue("ru"))
    first = f.ModulePageFactory(
        parent=course, quiz=[f.question("Q?", ["yes", "no"], correct=[0])], pass_mark=100
    )
    f.LessonPageFactory(parent=first, title="Intro")
    f.LessonPageFactory(parent=first, title="Methods")
    second = f.ModulePageFactory(parent=course, release_at=timezone.now() + timedelta(days=7))
    f.LessonPageFactory(parent=second, title="Data analysis")
    return course


def lessons(course):
    return [
        lesson for module in course.get_children().specific() for lesson in module.get_children().specific()
    ]


@pytest.fixture
def learner(course):
    user = UserFactory()
    enrol(user, course)
    return user


def test_lesson_done_moves_course_and_module_progress(course, learner):
    intro = lessons(course)[0]

    outline = progress.mark_lesson_done(learner, intro)

    assert outline.modules[0].percent == 33  # 1 of 2 lessons + quiz
    assert outline.percent == 25  # 1 of 4 steps in the course
    assert outline.modules[0].lessons[0].done
    assert Enrolment.objects.get(user=learner).last_lesson == intro


def test_marking_done_twice_keeps_one_completion(course, learner):
    intro = lessons(course)[0]

    progress.mark_lesson_done(learner, intro)
    progress.mark_lesson_done(learner, intro)

    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_module_is_complete_only_when_lessons_done_and_quiz_passed(course, learner):
    intro, methods, _later = lessons(course)
    progress.mark_lesson_done(learner, intro)
    outline = progress.mark_lesson_done(learner, methods)
    assert not outline.modules[0].complete

    f.QuizAttemptFactory(user=learner, module=intro.get_parent().specific, passed=True)

    assert progress.build_outline(course, learner).modules[0].complete


def test_failed_quiz_does_not_complete_the_module(course, learner):
    intro, methods, _later = lessons(course)
    progress.mark_lesson_done(learner, intro)
    progress.mark_lesson_done(learner, methods)
    f.QuizAttemptFactory(user=learner, module=intro.get_parent().specific, passed=False, score=0)

    assert not progress.build_outline(course, learner).modules[0].complete


def test_course_completion_is_stamped_once_every_module_is_complete(course, learner):
    intro, methods, later = lessons(course)
    module = intro.get_parent().specific
    f.QuizAttemptFactory(user=learner, module=module, passed=True)
    progress.mark_lesson_done(learner, intro)
    progress.mark_lesson_done(learner, methods)
    assert Enrolment.objects.get(user=learner).completed_at is None

    later_module = later.get_parent().specific
    later_module.release_at = timezone.now() - timedelta(minutes=1)
    later_module.save_revision().publish()
    outline = progress.mark_lesson_done(learner, later)

    assert outline.complete and outline.percent == 100
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_lesson_of_a_locked_module_cannot_be_marked_done(course, learner):
    later = lessons(course)[2]

    with pytest.raises(access.AccessDenied):
        progress.mark_lesson_done(learner, later)
    assert not LessonCompletion.objects.exists()


def test_learner_without_enrolment_cannot_mark_done(course):
    with pytest.raises(access.AccessDenied):
        progress.mark_lesson_done(UserFactory(), lessons(course)[0])


def test_module_opens_exactly_at_its_release_time(course):
    later_module = course.get_children().specific()[1]
    release = later_module.release_at

    assert not later_module.is_released(now=release - timedelta(seconds=1))
    assert later_module.is_released(now=release)


def test_locked_module_is_closed_to_learners_but_open_to_staff_and_trainers(course, learner):
    later_module = course.get_children().specific()[1]
    trainer = UserFactory()
    course.trainers.add(trainer)
    course.save_revision().publish()

    assert not access.module_access(learner, later_module).allowed
    assert access.module_access(trainer, later_module).allowed
    assert access.module_access(UserFactory(is_staff=True), later_module).allowed


def test_released_module_after_date_is_open_to_learner(course, learner):
    later_module = course.get_children().specific()[1]

    assert access.module_access(learner, later_module, now=later_module.release_at).allowed


def test_progress_is_shared_between_translations(course, learner):
    intro = lessons(course)[0]
    ky_intro = translate(intro, "ky", title="Киришүү")

    progress.mark_lesson_done(learner, ky_intro)

    assert LessonCompletion.objects.get(user=learner).lesson_id == intro.pk
    ru_outline = progress.build_outline(course, learner, language="ru")
    ky_outline = progress.build_outline(course.get_translation(ky_intro.locale), learner, language="ky")
    assert ru_outline.percent == ky_outline.percent == 25
    assert ky_outline.modules[0].lessons[0].page.title == "Киришүү"


def test_continue_goes_to_next_released_lesson_not_done(course, learner):
    intro, methods, _later = lessons(course)
    outline = progress.mark_lesson_done(learner, intro)

    assert progress.continue_lesson(outline, last_lesson=intro).page.pk == methods.pk


def test_continue_skips_locked_lessons_and_falls_back_to_last_visited(course, learner):
    intro, methods, _later = lessons(course)
    progress.mark_lesson_done(learner, intro)
    outline = progress.mark_lesson_done(learner, methods)

    assert progress.continue_lesson(outline, last_lesson=methods).page.pk == methods.pk


def test_continue_comes_back_to_a_skipped_lesson(course, learner):
    intro, methods, _later = lessons(course)
    outline = progress.mark_lesson_done(learner, methods)

    assert progress.continue_lesson(outline, last_lesson=methods).page.pk == intro.pk


def test_a_course_not_saved_yet_has_an_empty_outline():
    """The admin previews a new course before it is saved."""
    new_course = f.CoursePageFactory.build(title="Draft")

    outline = progress.build_outline(new_course, UserFactory())

    assert outline.modules == [] and outline.percent == 0 and not outline.complete
