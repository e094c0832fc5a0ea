"""Progress through a course: lessons done, quizzes passed, modules complete, where to continue.

Progress belongs to the course, not to one language: it is computed on the first-created course tree and
matched to lessons and modules by translation key, so a learner switching from Russian to Kyrgyz keeps it.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from wagtail.models import Page

from learning.models import (
    Certificate,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    Order,
    QuizAttempt,
)
from learning.services import access
from learning.services.enrolment import active_enrolment
from website.core.translation import canonical_page


@dataclass
class LessonStep:
    page: Page
    translation_key: object
    done: bool
    released: bool


@dataclass
class ModuleStep:
    page: Page
    translation_key: object
    release_at: object
    released: bool
    has_quiz: bool
    quiz_passed: bool
    lessons: list = field(default_factory=list)

    @property
    def steps_total(self):
        return len(self.lessons) + int(self.has_quiz)

    @property
    def steps_done(self):
        return sum(lesson.done for lesson in self.lessons) + int(self.has_quiz and self.quiz_passed)

    @property
    def percent(self):
        return percent(self.steps_done, self.steps_total)

    @property
    def complete(self):
        """Every lesson done and the quiz (if any) passed."""
        return self.steps_done == self.steps_total


@dataclass
class Outline:
    course: Page
    page: Page
    modules: list = field(default_factory=list)

    @property
    def percent(self):
        return percent(sum(m.steps_done for m in self.modules), sum(m.steps_total for m in self.modules))

    @property
    def complete(self):
        return bool(self.modules) and all(module.complete for module in self.modules)

    @property
    def lessons(self):
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def next_locked_module(self):
        """The next module that opens on a date, for the 'opens on' line."""
        return next((m for m in self.modules if not m.released), None)

    def module(self, translation_key):
        return next((m for m in self.modules if m.translation_key == translation_key), None)


def percent(done, total):
    return (done * 100) // total if total else 0


def tree_q(courses, depth_offset):
    return reduce(or_, (Q(path__startswith=c.path, depth=c.depth + depth_offset) for c in courses))


def localized_pages(translation_keys, language):
    """The live translations in `language` of the given pages, by translation key (one query)."""
    if not language or not translation_keys:
        return {}
    pages = Page.objects.live().filter(translation_key__in=translation_keys, locale__language_code=language)
    return {page.translation_key: page for page in pages}


def finished_keys(user, lesson_keys, module_keys):
    """Translation keys of the lessons this user has done and of the modules whose quiz they passed."""
    if not user.is_authenticated:
        return set(), set()
    lessons_done = set(
        LessonCompletion.objects.filter(user=user, lesson__translation_key__in=lesson_keys).values_list(
            "lesson__translation_key", flat=True
        )
    )
    quizzes_passed = set(
        QuizAttempt.objects.filter(
            user=user, passed=True, module__translation_key__in=module_keys
        ).values_list("module__translation_key", flat=True)
    )
    return lessons_done, quizzes_passed


def build_outlines(courses, user, language=None, now=None):
    """Outlines of several courses at once, keyed by the canonical course's pk; the query count is fixed."""
    courses = list(courses)
    if not courses:
        return {}
    now = now or timezone.now()
    language = language or translation.get_language()
    modules = list(ModulePage.objects.live().filter(tree_q(courses, 1)).order_by("path"))
    lessons = list(LessonPage.objects.live().filter(tree_q(courses, 2)).order_by("path"))
    module_keys = [m.translation_key for m in modules]
    lesson_keys = [lesson.translation_key for lesson in lessons]
    course_keys = [c.translation_key for c in courses]
    translated = localized_pages(module_keys + lesson_keys + course_keys, language)
    lessons_done, quizzes_passed = finished_keys(user, lesson_keys, module_keys)

    outlines = {c.path: Outline(course=c, page=translated.get(c.translation_key, c)) for c in courses}
    steps_by_path = {}
    for module in modules:
        step = ModuleStep(
            page=translated.get(module.translation_key, module),
            translation_key=module.translation_key,
            release_at=module.release_at,
            released=module.is_released(now),
            has_quiz=module.has_quiz,
            quiz_passed=module.translation_key in quizzes_passed,
        )
        outlines[parent_path(module)].modules.append(step)
        steps_by_path[module.path] = step
    for lesson in lessons:
        module_step = steps_by_path[parent_path(lesson)]
        module_step.lessons.append(
            LessonStep(
                page=translated.get(lesson.translation_key, lesson),
                translation_key=lesson.translation_key,
                done=lesson.translation_key in lessons_done,
                released=module_step.released,
            )
        )
    return {outline.course.pk: outline for outline in outlines.values()}


def parent_path(page):
    return page.path[: -page.steplen]


def build_outline(course, user, language=None, now=None):
    canonical = canonical_page(course) if course.pk else None
    if canonical is None:  # a new course previewed before its first save
        return Outline(course=course, page=course)
    return build_outlines([canonical], user, language, now)[canonical.pk]


def continue_lesson(outline, last_lesson=None):
    """The next released lesson not yet done after the last one visited; else the first one left; else the last visited."""
    released = [lesson for lesson in outline.lessons if lesson.released]
    keys = [lesson.translation_key for lesson in released]
    last_key = last_lesson.translation_key if last_lesson else None
    start = keys.index(last_key) + 1 if last_key in keys else 0
    for lesson in released[start:] + released[:start]:
        if not lesson.done:
            return lesson
    return next((lesson for lesson in released if lesson.translation_key == last_key), None)


def record_visit(user, lesson):
    """Remember the lesson a learner last opened, for 'continue where I left off'."""
    if not user.is_authenticated:
        return
    course = access.course_of(lesson)
    Enrolment.objects.filter(user=user, course=canonical_page(course), status=Enrolment.Status.ACTIVE).update(
        last_lesson=canonical_page(lesson)
    )


def mark_lesson_done(user, lesson, now=None):
    """Mark a lesson done (idempotent); returns the updated course outline."""
    module = access.module_of(lesson)
    course = access.require_module_access(user, module, now)
    canonical_lesson = canonical_page(lesson)
    try:
        with transaction.atomic():
            LessonCompletion.objects.get_or_create(user=user, lesson=canonical_lesson)
    except IntegrityError:
        pass
    enrolment = active_enrolment(user, course)
    if enrolment is not None:
        enrolment.last_lesson = canonical_lesson
        enrolment.save(update_fields=["last_lesson"])
    return refresh_completion(user, course, enrolment, now)


def refresh_completion(user, course, enrolment=None, now=None):
    """Stamp the enrolment as completed once every module is complete; returns the outline."""
    outline = build_outline(course, user, now=now)
    enrolment = enrolment or active_enrolment(user, course)
    if enrolment is not None and outline.complete and enrolment.completed_at is None:
        enrolment.completed_at = now or timezone.now()
        enrolment.save(update_fields=["completed_at"])
    return outline


def course_page_context(user, course):
    enrolment = active_enrolment(user, course)
    outline = build_outline(course, user, language=course.locale.language_code)
    next_lesson = (
        continue_lesson(outline, enrolment.last_lesson if enrolment else None) if enrolment else None
    )
    return {
        "enrolment": enrolment,
        "outline": outline,
        "continue_lesson": next_lesson,
        "is_course_staff": access.is_course_staff(user, course),
        "trainers": course.trainers.all(),
    }


def module_page_context(user, module):
    course = access.course_of(module)
    outline = build_outline(course, user, language=module.locale.language_code)
    return {"course": course, "outline": outline, "module_step": outline.module(module.translation_key)}


def lesson_page_context(user, lesson):
    module = access.module_of(lesson)
    course = access.course_of(module)
    outline = build_outline(course, user, language=lesson.locale.language_code)
    lessons = outline.lessons
    keys = [step.translation_key for step in lessons]
    position = keys.index(lesson.translation_key) if lesson.translation_key in keys else None
    following = lessons[position + 1] if position is not None and position + 1 < len(lessons) else None
    current = lessons[position] if position is not None else None
    return {
        "course": course,
        "module": module,
        "outline": outline,
        "module_step": outline.module(module.translation_key),
        "lesson_done": bool(current and current.done),
        "next_lesson": following if following and following.released else None,
    }


@dataclass
class CourseCard:
    enrolment: Enrolment
    outline: Outline
    continue_lesson: LessonStep | None


def dashboard_context(user, language):
    """'My learning': enrolled courses with progress, certificates, payments and whether the user trains a
    cohort; the query count is fixed."""
    enrolments = list(
        Enrolment.objects.filter(user=user, status=Enrolment.Status.ACTIVE)
        .select_related("course", "last_lesson")
        .order_by("-created_at")
    )
    outlines = build_outlines([e.course for e in enrolments], user, language)
    cards = [
        CourseCard(e, outlines[e.course_id], continue_lesson(outlines[e.course_id], e.last_lesson))
        for e in enrolments
    ]
    return {
        "cards": cards,
        "trains_cohorts": user.cohorts.exists(),
        "certificates": Certificate.objects.filter(user=user, revoked_at__isnull=True).order_by("-issued_at"),
        "orders": Order.objects.filter(user=user).select_related("course"),
    }
