from decimal import Decimal

import factory
import wagtail_factories

from learning.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Order, Voucher
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
