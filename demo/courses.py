"""The course catalogue: the paid CBPR course, a free course on documenting violations and a ToT course.

Each course's page, modules, lessons and quizzes are in courses/<slug>.yaml.
"""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from learning.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

from .data import page_fields, quiz, read
from .localize import ensure_page
from .text import paragraph

CBPR, DOCUMENTING, TOT = "cbpr", "documenting-violations", "tot-women-human-rights-defenders"


def release_dates(count, open_now=2, every=timedelta(weeks=2)):
    """Two modules opened in the past, the rest opening one by one in the weeks ahead, at 10:00 local time."""
    today_ten = timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0)
    first_future = today_ten + timedelta(days=7)
    past = [today_ten - every * (open_now - index) for index in range(open_now)]
    future = [first_future + every * index for index in range(count - open_now)]
    return past + future


def ensure_course(index, content, fields, locales, release_at=None):
    """A course page with its modules and lessons, in Russian with ky and en translations."""
    course = ensure_page(index, CoursePage, content["slug"], fields, locales)
    modules = content["modules"]
    for module, opens in zip(modules, release_at or [None] * len(modules), strict=True):
        module_fields = {
            "title": module["title"],
            "summary": module["summary"],
            "release_at": opens,
            "quiz": quiz(module.get("quiz", [])),
        }
        module_page = ensure_page(course, ModulePage, module["slug"], module_fields, locales)
        for lesson in module["lessons"]:
            lesson_fields = {
                "title": lesson["title"],
                "duration_minutes": lesson["minutes"],
                "body": [paragraph(lesson["body"])],
            }
            ensure_page(module_page, LessonPage, lesson["slug"], lesson_fields, locales)
    return course


def course_fields(content, topics, pictures, **extra):
    """The course page's fields from its file; the price is written as text there so it stays exact."""
    fields = page_fields(
        {key: value for key, value in content.items() if key != "modules"}, pictures, topics=topics
    )
    return {**fields, "price": Decimal(fields["price"]), **extra}


def ensure_courses(home, topics, pictures, trainer, locales):
    """The catalogue and its three courses; returns the courses by key (and the catalogue as "index")."""
    index = ensure_page(home, CourseIndexPage, "courses", read("courses/index"), locales)
    cbpr, documenting, tot = (read(f"courses/{slug}") for slug in (CBPR, DOCUMENTING, TOT))
    opening = release_dates(len(cbpr["modules"]))
    return {
        "index": index,
        "cbpr": ensure_course(index, cbpr, course_fields(cbpr, topics, pictures), locales, opening),
        "documenting": ensure_course(
            index, documenting, course_fields(documenting, topics, pictures), locales
        ),
        "tot": ensure_course(index, tot, course_fields(tot, topics, pictures, trainers=[trainer]), locales),
    }
