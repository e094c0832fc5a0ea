import datetime
import uuid
from decimal import Decimal

import factory
import wagtail_factories
from wagtail.models import Page

from learning.models import (
    Cohort,
    CohortSession,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    Order,
    Participant,
    QuizAttempt,
    Voucher,
)
from website.core.factories import UserFactory
from website.core.places import City


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "What this course teaches."
    price = Decimal("0.00")
    currency = "EUR"


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    body = wagtail_factories.StreamFieldFactory({})


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    user = factory.SubFactory(UserFactory)
    course = None


class LessonCompletionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LessonCompletion

    user = factory.SubFactory(UserFactory)
    lesson = None


class QuizAttemptFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuizAttempt

    user = factory.SubFactory(UserFactory)
    module = None
    answers = factory.LazyFunction(dict)
    score = 100
    passed = True


def question(text, choices, correct, multiple=False, explanation="", block_id=None):
    """Raw StreamField data for one quiz question; `correct` lists the indices of the right choices."""
    return {
        "type": "question",
        "id": block_id or str(uuid.uuid4()),
        "value": {
            "question": text,
            "multiple": multiple,
            "choices": [{"text": choice, "correct": i in correct} for i, choice in enumerate(choices)],
            "explanation": explanation,
        },
    }


def lesson_body(text):
    """Raw StreamField data for a lesson with one paragraph."""
    return [{"type": "paragraph", "id": str(uuid.uuid4()), "value": f"<p>{text}</p>"}]


class VoucherFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Voucher

    code = factory.Sequence(lambda n: f"COMMUNITY{n}")
    percent_off = 100
    max_uses = 1


class OrderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Order

    user = factory.SubFactory(UserFactory)
    list_price = factory.LazyAttribute(lambda order: order.course.price)
    total = factory.LazyAttribute(lambda order: order.course.price)
    currency = factory.LazyAttribute(lambda order: order.course.currency)


def course_catalogue():
    """The course catalogue page under the tree's root, created on first use."""
    return CourseIndexPage.objects.first() or CourseIndexPageFactory(parent=Page.get_first_root_node())


class CohortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cohort

    course = factory.SubFactory(CoursePageFactory, parent=factory.LazyFunction(course_catalogue))
    title = factory.Sequence(lambda n: f"ToT cohort {n}")
    city = City.OSH
    starts_on = datetime.date(2026, 3, 2)
    ends_on = datetime.date(2026, 3, 6)

    @factory.post_generation
    def trainers(self, create, extracted, **kwargs):
        if create and extracted:
            self.trainers.set(extracted)


class CohortSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CohortSession

    cohort = factory.SubFactory(CohortFactory)
    title = factory.Sequence(lambda n: f"Session {n}")
    starts_at = factory.Sequence(
        lambda n: datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC) + datetime.timedelta(days=n)
    )


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    cohort = factory.SubFactory(CohortFactory)
    name = factory.Sequence(lambda n: f"Participant {n}")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")
    language = "ru"
