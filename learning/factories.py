import datetime
from decimal import Decimal

import factory
import wagtail_factories
from wagtail.models import Page

from learning.models import (
    City,
    Cohort,
    CohortSession,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    Order,
    Participant,
    Voucher,
)
from website.accounts.factories import UserFactory


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "What this course teaches."
    price = Decimal("0.00")
    currency = "EUR"


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    body = wagtail_factories.StreamFieldFactory({})


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
