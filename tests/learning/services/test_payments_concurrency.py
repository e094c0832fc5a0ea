"""Real concurrency on PostgreSQL: threads with their own connections race on the same rows."""

import pytest
from django.core import mail

from learning.factories import VoucherFactory
from learning.models import Enrolment, Order, Payment, Receipt
from learning.services.orders import start_checkout
from learning.services.payments import confirm_payment, payment_for
from learning.services.vouchers import VoucherError
from website.accounts.factories import UserFactory

from ..commerce_helpers import paid_course, run_in_threads

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def test_five_concurrent_confirmations_pay_enrol_and_email_once(require_postgres):
    order = start_checkout(UserFactory(), paid_course())
    payment = payment_for(order, "dummy")

    _, errors = run_in_threads(lambda _: confirm_payment(payment.pk, "75.00", "EUR", "tx-same"), 5)

    assert errors == [None] * 5
    assert list(Order.objects.values_list("status", flat=True)) == [Order.Status.ENROLLED]
    assert Enrolment.objects.count() == 1
    assert Receipt.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_double_checkout_creates_one_order_and_one_open_payment(require_postgres):
    learner, course = UserFactory(), paid_course()

    orders, errors = run_in_threads(lambda _: payment_for(start_checkout(learner, course), "dummy"), 2)

    assert errors == [None, None]
    assert Order.objects.count() == 1
    assert Payment.objects.filter(status__in=["waiting", "input"]).count() == 1
    assert orders[0].pk == orders[1].pk


def test_a_single_use_voucher_enrols_only_one_of_two_learners(require_postgres):
    course = paid_course()
    VoucherFactory(code="ONCE", percent_off=100, max_uses=1)
    learners = [UserFactory(), UserFactory()]

    _, errors = run_in_threads(lambda index: start_checkout(learners[index], course, voucher_code="ONCE"), 2)

    assert sorted(type(error).__name__ for error in errors if error) == [VoucherError.__name__]
    assert Order.objects.filter(status=Order.Status.ENROLLED).count() == 1
    assert Enrolment.objects.count() == 1
    assert Order.objects.count() == 1


def test_concurrent_payments_of_different_orders_get_consecutive_receipt_numbers(require_postgres):
    course = paid_course()
    payments = [payment_for(start_checkout(UserFactory(), course), "dummy") for _ in range(4)]

    _, errors = run_in_threads(lambda index: confirm_payment(payments[index].pk, "75.00", "EUR"), 4)

    assert errors == [None] * 4
    assert sorted(Receipt.objects.values_list("number", flat=True)) == [1, 2, 3, 4]
