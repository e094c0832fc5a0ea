"""Checkout in one call: each form answers with the learner's next step, and a failed step saves nothing."""

from decimal import Decimal

import pytest
from payments import PaymentStatus

from learning.factories import VoucherFactory
from learning.models import Order, Payment
from learning.services.checkout import Next, open_checkout, submit_checkout
from learning.services.enrolment import active_enrolment, enrol
from website.accounts.factories import UserFactory

from ..commerce_helpers import paid_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return paid_course()


def test_paying_online_prices_the_order_and_opens_one_payment(course):
    learner = UserFactory()

    step = submit_checkout(learner, course, "", "dummy")

    assert step.next is Next.PAYMENT
    assert (step.order.status, step.order.total) == (Order.Status.PENDING, Decimal("75.00"))
    [payment] = Payment.objects.all()
    assert (payment.order, payment.variant, payment.status) == (step.order, "dummy", PaymentStatus.WAITING)


def test_a_voucher_applied_shows_the_new_price_and_starts_no_payment(course):
    VoucherFactory(code="HALF", percent_off=50)

    step = submit_checkout(UserFactory(), course, "HALF", "dummy", apply_only=True)

    assert step.next is Next.VOUCHER_APPLIED and step.order.total == Decimal("37.50")
    assert not Payment.objects.exists()


def test_a_waiver_enrols_at_once(course):
    VoucherFactory(code="SPONSORED", percent_off=100)
    learner = UserFactory()

    step = submit_checkout(learner, course, "SPONSORED", "dummy")

    assert step.next is Next.ENROLLED and step.order.status == Order.Status.ENROLLED
    assert active_enrolment(learner, course) is not None


def test_a_way_to_pay_that_is_not_offered_leaves_no_order_behind(course, settings):
    """Pricing the order and starting its payment are one transaction: a refused payment undoes the order."""
    settings.PAYMENT_VARIANTS = {"dummy": settings.PAYMENT_VARIANTS["dummy"]}

    step = submit_checkout(UserFactory(), course, "", "stripe")

    assert (step.next, step.error) == (Next.FORM, "This payment method is not available.")
    assert step.order is None
    assert not Order.objects.exists() and not Payment.objects.exists()


def test_an_unknown_voucher_is_explained_and_keeps_the_earlier_order_as_it_was(course):
    learner = UserFactory()
    earlier = submit_checkout(learner, course, "", "bank_transfer").order

    step = submit_checkout(learner, course, "NO-SUCH-CODE", "dummy")

    assert step.next is Next.FORM and step.error and step.order == earlier
    earlier.refresh_from_db()
    assert (earlier.method, earlier.total) == (Order.Method.BANK_TRANSFER, Decimal("75.00"))


def test_an_enrolled_learner_or_a_free_course_has_nothing_to_buy(course):
    learner = UserFactory()
    enrol(learner, course)
    free = paid_course(price="0.00")

    assert open_checkout(learner, course).next is Next.COURSE_PAGE
    assert submit_checkout(learner, course, "", "dummy").next is Next.COURSE_PAGE
    assert open_checkout(UserFactory(), free).next is Next.COURSE_PAGE
    assert not Order.objects.exists()


def test_the_checkout_form_shows_the_pending_order(course):
    learner = UserFactory()
    order = submit_checkout(learner, course, "", "dummy").order

    step = open_checkout(learner, course)

    assert (step.next, step.order) == (Next.FORM, order)
