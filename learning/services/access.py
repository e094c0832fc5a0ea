"""Who may open a course's modules, lessons and quizzes."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from learning.models import Cohort, CoursePage, ModulePage
from learning.services.enrolment import active_enrolment
from website.core.translation import canonical_page


class AccessDenied(Exception):
    """Raised by services when a learner acts on content they may not open; the message is for them."""


@dataclass(frozen=True)
class Decision:
    allowed: bool
    course: CoursePage
    message: str = ""


def course_of(page):
    """The course a module or lesson belongs to (in the page's own language)."""
    return CoursePage.objects.ancestor_of(page).first()


def module_of(lesson):
    return ModulePage.objects.ancestor_of(lesson).first()


def is_course_staff(user, course):
    """Staff, the course's trainers and the trainers of its cohorts may open every module, released or not."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    if CoursePage.objects.filter(translation_key=course.translation_key, trainers=user).exists():
        return True
    return Cohort.objects.filter(course=canonical_page(course), trainers=user).exists()


def has_course_access(user, course):
    return is_course_staff(user, course) or active_enrolment(user, course) is not None


def module_access(user, module, now=None, course=None):
    course = course or course_of(module)
    if is_course_staff(user, course):
        return Decision(True, course)
    if active_enrolment(user, course) is None:
        if course.is_free:
            message = _("Enrol in this course (it is free) to open its lessons.")
        else:
            message = _("Enrol in this course to open its lessons.")
        return Decision(False, course, message)
    if not module.is_released(now):
        opens_on = date_format(timezone.localtime(module.release_at), "DATE_FORMAT")
        return Decision(False, course, _("This module opens on %(date)s.") % {"date": opens_on})
    return Decision(True, course)


def lesson_access(user, lesson, now=None):
    return module_access(user, module_of(lesson), now)


def require_module_access(user, module, now=None):
    """The course when the user may work in this module; AccessDenied otherwise."""
    decision = module_access(user, module, now)
    if not decision.allowed:
        raise AccessDenied(decision.message)
    return decision.course
