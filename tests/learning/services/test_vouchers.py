from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from learning.factories import CoursePageFactory, OrderFactory, VoucherFactory
from learning.models import Order
from learning.services.orders import start_checkout
from learning.services.payments import confirm_payment, payment_for, refund_order
from learning.services.vouchers import VoucherError, discounted_total, find_voucher
from website.accounts.factories import UserFactory

from ..commerce_helpers import paid_course

pytestmark = pytest.mark.django_db


def test_an_unknown_code_is_refused():
    with pytest.raises(VoucherError, match="no voucher"):
        find_voucher("NOPE", paid_course())


def test_an_expired_voucher_is_refused():
    VoucherFactory(code="OLD", valid_until=timezone.now() - timedelta(minutes=1))

    with pytest.raises(VoucherError, match="expired"):
        find_voucher("OLD", paid_course())


def test_a_voucher_valid_until_later_is_accepted():
    voucher = VoucherFactory(code="LATER", valid_until=timezone.now() + timedelta(days=1))

    assert find_voucher("later", paid_course()) == voucher


def test_a_voucher_for_another_course_is_refused():
    course = paid_course()
    other = CoursePageFactory(parent=course.get_parent(), price=Decimal("20.00"))
    VoucherFactory(code="OTHER", course=other)

    with pytest.raises(VoucherError, match="another course"):
        find_voucher("OTHER", course)


def test_a_used_up_voucher_is_refused():
    course = paid_course()
    voucher = VoucherFactory(code="ONCE", max_uses=1)
    OrderFactory(course=course, voucher=voucher, status=Order.Status.ENROLLED)

    with pytest.raises(VoucherError, match="used"):
        start_checkout(UserFactory(), course, voucher_code="ONCE")
    assert Order.objects.count() == 1


def test_a_pending_order_does_not_use_up_the_voucher():
    course = paid_course()
    VoucherFactory(code="HALF", percent_off=50, max_uses=1)
    start_checkout(UserFactory(), course, voucher_code="HALF")

    assert start_checkout(UserFactory(), course, voucher_code="HALF").total == Decimal("37.50")


def test_a_percentage_voucher_reduces_the_total():
    course = paid_course()
    VoucherFactory(code="HALF", percent_off=50)

    order = start_checkout(UserFactory(), course, voucher_code="HALF")

    assert (order.status, order.list_price, order.total) == (
        Order.Status.PENDING,
        Decimal("75.00"),
        Decimal("37.50"),
    )


def test_a_full_waiver_enrols_without_payment():
    course = paid_course()
    VoucherFactory(code="FREE", percent_off=100)

    order = start_checkout(UserFactory(), course, voucher_code="FREE")

    assert (order.status, order.total, order.method) == (Order.Status.ENROLLED, 0, Order.Method.VOUCHER)


def test_a_use_is_counted_when_the_order_is_paid_and_freed_by_a_refund():
    course = paid_course()
    staff = UserFactory(is_staff=True)
    VoucherFactory(code="HALF", percent_off=50, max_uses=1)
    order = start_checkout(UserFactory(), course, voucher_code="HALF")
    confirm_payment(payment_for(order, "dummy").pk, "37.50", "EUR")

    with pytest.raises(VoucherError):
        find_voucher("HALF", course)
    refund_order(order, staff, "Course cancelled for this learner")
    assert find_voucher("HALF", course).code == "HALF"


@pytest.mark.parametrize(
    ("price", "percent", "expected"),
    [("75.00", 10, "67.50"), ("75.00", 33, "50.25"), ("1000.00", 100, "0.00"), ("0.99", 50, "0.49")],
)
def test_discounts_are_rounded_to_the_cent(price, percent, expected):
    voucher = VoucherFactory.build(percent_off=percent)

    assert discounted_total(Decimal(price), voucher) == Decimal(expected)
