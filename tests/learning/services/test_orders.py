from decimal import Decimal

import pytest
from django.core import mail

from learning.factories import CoursePageFactory, OrderFactory, VoucherFactory
from learning.models import Enrolment, Order, Payment
from learning.services.checkout import cancel_order
from learning.services.enrolment import active_enrolment, enrol
from learning.services.orders import (
    ALLOWED_TRANSITIONS,
    CheckoutError,
    IllegalTransition,
    start_checkout,
    transition,
)
from learning.services.payments import payment_for
from learning.services.vouchers import VoucherError
from website.accounts.factories import UserFactory

from ..commerce_helpers import paid_course

pytestmark = pytest.mark.django_db
Status = Order.Status
ALL_PAIRS = [(source, target) for source in Status.values for target in Status.values]


def test_checkout_creates_a_pending_order_priced_in_the_course_currency():
    course = paid_course()
    learner = UserFactory()

    order = start_checkout(learner, course)

    assert order.status == Status.PENDING
    assert (order.total, order.currency, order.list_price) == (Decimal("75.00"), "EUR", Decimal("75.00"))
    assert order.user == learner and order.course == course


def test_a_pending_order_does_not_grant_access():
    course = paid_course()
    learner = UserFactory()

    start_checkout(learner, course)

    assert active_enrolment(learner, course) is None
    assert not Enrolment.objects.exists()


def test_checking_out_twice_reuses_the_open_order():
    course = paid_course()
    learner = UserFactory()

    first = start_checkout(learner, course)
    second = start_checkout(learner, course, method=Order.Method.BANK_TRANSFER)

    assert first.pk == second.pk
    assert Order.objects.count() == 1
    assert Order.objects.get().method == Order.Method.BANK_TRANSFER


def test_a_free_course_has_no_checkout():
    course = paid_course(price="0.00")

    with pytest.raises(CheckoutError):
        start_checkout(UserFactory(), course)
    assert not Order.objects.exists()


def test_an_enrolled_learner_cannot_buy_the_course_again():
    course = paid_course()
    learner = UserFactory()
    enrol(learner, course)

    with pytest.raises(CheckoutError):
        start_checkout(learner, course)
    assert not Order.objects.exists()


def test_an_unknown_method_is_refused():
    with pytest.raises(CheckoutError):
        start_checkout(UserFactory(), paid_course(), method=Order.Method.VOUCHER)
    assert not Order.objects.exists()


def test_a_full_waiver_enrols_at_once_with_a_zero_receipt(django_capture_on_commit_callbacks):
    course = paid_course()
    learner = UserFactory()
    voucher = VoucherFactory(code="SPONSORED", percent_off=100)

    with django_capture_on_commit_callbacks(execute=True):
        order = start_checkout(learner, course, voucher_code="sponsored ")

    order.refresh_from_db()
    assert order.status == Status.ENROLLED
    assert order.method == Order.Method.VOUCHER
    assert order.voucher == voucher and order.total == Decimal("0.00")
    assert order.receipt.number == 1
    assert active_enrolment(learner, course).source == Enrolment.Source.ORDER
    assert not Payment.objects.exists()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [learner.email]


def test_a_bad_voucher_leaves_the_open_order_as_it_was():
    course = paid_course()
    learner = UserFactory()
    order = start_checkout(learner, course)

    with pytest.raises(VoucherError):
        start_checkout(learner, course, voucher_code="NO-SUCH-CODE")

    order.refresh_from_db()
    assert (order.status, order.total, order.voucher) == (Status.PENDING, Decimal("75.00"), None)


def test_a_voucher_applied_earlier_stays_on_the_order():
    course = paid_course()
    learner = UserFactory()
    VoucherFactory(code="HALF", percent_off=50)
    start_checkout(learner, course, voucher_code="HALF")

    order = start_checkout(learner, course)

    assert order.total == Decimal("37.50")
    assert order.voucher.code == "HALF"


@pytest.mark.parametrize(("source", "target"), ALL_PAIRS)
def test_every_transition_follows_the_state_machine(source, target):
    order = OrderFactory(course=paid_course(), status=source)
    allowed = {
        (Status.PENDING, Status.PAID),
        (Status.PENDING, Status.CANCELLED),
        (Status.PAID, Status.ENROLLED),
        (Status.PAID, Status.REFUNDED),
        (Status.ENROLLED, Status.REFUNDED),
    }

    if (source, target) in allowed:
        transition(order, target)
        order.refresh_from_db()
        assert order.status == target
    else:
        with pytest.raises(IllegalTransition):
            transition(order, target)
        order.refresh_from_db()
        assert order.status == source


def test_the_transition_table_is_the_documented_one():
    allowed = {(source, target) for source, targets in ALLOWED_TRANSITIONS.items() for target in targets}
    assert allowed == {
        ("pending", "paid"),
        ("pending", "cancelled"),
        ("paid", "enrolled"),
        ("paid", "refunded"),
        ("enrolled", "refunded"),
    }


def test_an_illegal_transition_says_which_move_was_refused():
    order = OrderFactory(course=paid_course(), status=Status.CANCELLED)

    with pytest.raises(IllegalTransition, match="cancelled.*paid"):
        transition(order, Status.PAID)


def test_cancelling_closes_the_open_payment_and_a_new_checkout_starts_a_new_order():
    course = paid_course()
    learner = UserFactory()
    order = start_checkout(learner, course)
    payment = payment_for(order, "dummy")

    cancel_order(order)

    order.refresh_from_db()
    payment.refresh_from_db()
    assert order.status == Status.CANCELLED
    assert payment.status == "cancelled"
    assert start_checkout(learner, course).pk != order.pk


def test_checkout_points_at_the_canonical_course_page():
    course = paid_course()
    other = CoursePageFactory(parent=course.get_parent(), price=Decimal("10.00"), currency="KGS")

    order = start_checkout(UserFactory(), other)

    assert order.course_id == other.pk and order.currency == "KGS"
