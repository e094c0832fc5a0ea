import logging
from decimal import Decimal

import pytest
from django.core import mail
from payments import PaymentStatus
from wagtail.models import ModelLogEntry

from learning.factories import VoucherFactory
from learning.models import Enrolment, Order, Payment, Receipt, Refund
from learning.services.checkout import cancel_order
from learning.services.enrolment import active_enrolment
from learning.services.orders import CheckoutError, IllegalTransition, start_checkout
from learning.services.payments import (
    BANK_TRANSFER,
    PaymentRejected,
    RefundError,
    confirm_bank_transfer,
    confirm_payment,
    payment_for,
    refund_order,
)
from website.accounts.factories import UserFactory

from ..commerce_helpers import paid_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def payment_log(caplog):
    """Capture "birge.payments" records (the "birge" logger does not propagate to the root)."""
    logger = logging.getLogger("birge.payments")
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger="birge.payments")
    yield caplog
    logger.removeHandler(caplog.handler)


@pytest.fixture
def order():
    return start_checkout(UserFactory(display_name="Айгүл"), paid_course())


def test_paying_twice_reuses_the_open_payment(order):
    first = payment_for(order, "dummy")
    second = payment_for(order, "dummy")

    assert first.pk == second.pk
    assert (first.total, first.currency, first.status) == (Decimal("75.00"), "EUR", PaymentStatus.WAITING)


def test_a_failed_payment_allows_a_new_attempt_on_the_same_order(order):
    failed = payment_for(order, "dummy")
    failed.change_status(PaymentStatus.REJECTED)

    retry = payment_for(order, "dummy")

    assert retry.pk != failed.pk
    assert Order.objects.count() == 1
    assert order.payments.filter(status__in=["waiting", "input"]).count() == 1


def test_a_new_price_or_method_replaces_the_open_payment(order):
    stale = payment_for(order, "dummy")
    VoucherFactory(code="HALF", percent_off=50)
    start_checkout(order.user, order.course, voucher_code="HALF")

    fresh = payment_for(order, BANK_TRANSFER)

    stale.refresh_from_db()
    assert stale.status == PaymentStatus.CANCELLED
    assert (fresh.total, fresh.variant) == (Decimal("37.50"), BANK_TRANSFER)
    assert Order.objects.get().method == Order.Method.BANK_TRANSFER


def test_an_unconfigured_variant_is_refused(order):
    with pytest.raises(CheckoutError):
        payment_for(order, "bitcoin")
    assert not Payment.objects.exists()


def test_a_closed_order_takes_no_payment(order):
    cancel_order(order)

    with pytest.raises(CheckoutError):
        payment_for(order, "dummy")


def test_confirmation_enrols_issues_a_receipt_and_sends_one_email(order, django_capture_on_commit_callbacks):
    payment = payment_for(order, "dummy")

    with django_capture_on_commit_callbacks(execute=True):
        confirm_payment(payment.pk, Decimal("75.00"), "EUR", "tx-1")

    order.refresh_from_db()
    payment.refresh_from_db()
    assert order.status == Order.Status.ENROLLED and order.paid_at is not None
    assert (payment.status, payment.transaction_id, payment.captured_amount) == ("confirmed", "tx-1", 75)
    assert active_enrolment(order.user, order.course).source == Enrolment.Source.ORDER
    assert str(order.receipt) == "R-000001"
    assert len(mail.outbox) == 1
    assert "R-000001" in mail.outbox[0].body


def test_repeated_confirmations_change_nothing_more(order, django_capture_on_commit_callbacks):
    payment = payment_for(order, "dummy")

    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            confirm_payment(payment.pk, "75.00", "EUR", "tx-1")

    assert Order.objects.get().status == Order.Status.ENROLLED
    assert (Enrolment.objects.count(), Receipt.objects.count(), len(mail.outbox)) == (1, 1, 1)


@pytest.mark.parametrize(("amount", "currency"), [("7.50", "EUR"), ("75.00", "USD"), ("75.01", "EUR")])
def test_a_mismatched_amount_or_currency_is_rejected_and_logged(order, payment_log, amount, currency):
    payment = payment_for(order, "dummy")

    with pytest.raises(PaymentRejected):
        confirm_payment(payment.pk, amount, currency, "tx-evil")

    order.refresh_from_db()
    payment.refresh_from_db()
    assert order.status == Order.Status.PENDING
    assert payment.status == PaymentStatus.WAITING and payment.transaction_id == ""
    assert not Receipt.objects.exists() and not Enrolment.objects.exists()
    warning = next(r for r in payment_log.records if r.name == "birge.payments")
    assert warning.levelno == logging.WARNING
    assert order.reference in warning.getMessage()


def test_a_payment_for_a_cancelled_order_is_rejected(order, payment_log):
    payment = payment_for(order, "dummy")
    cancel_order(order)

    with pytest.raises(PaymentRejected):
        confirm_payment(payment.pk, "75.00", "EUR")

    assert Order.objects.get().status == Order.Status.CANCELLED
    assert any(
        r.levelno == logging.WARNING and order.reference in r.getMessage() for r in payment_log.records
    )


def test_the_dummy_provider_confirmation_flows_to_enrolment(order):
    payment = payment_for(order, "dummy")

    payment.change_status(PaymentStatus.CONFIRMED)

    assert Order.objects.get().status == Order.Status.ENROLLED
    assert active_enrolment(order.user, order.course) is not None


def test_a_rejected_provider_payment_grants_nothing(order):
    payment_for(order, "dummy").change_status(PaymentStatus.REJECTED)

    assert Order.objects.get().status == Order.Status.PENDING
    assert active_enrolment(order.user, order.course) is None


def test_staff_confirm_a_bank_transfer_through_the_same_path(order):
    staff = UserFactory(is_staff=True)
    start_checkout(order.user, order.course, method=Order.Method.BANK_TRANSFER)
    payment_for(order, BANK_TRANSFER)

    confirm_bank_transfer(order, staff, "75.00", "EUR", "bank ref 42")

    order.refresh_from_db()
    payment = order.payments.get()
    assert order.status == Order.Status.ENROLLED and order.method == Order.Method.BANK_TRANSFER
    assert (payment.variant, payment.status, payment.transaction_id) == (
        BANK_TRANSFER,
        "confirmed",
        "bank ref 42",
    )
    (entry,) = ModelLogEntry.objects.for_instance(order)
    assert (entry.action, entry.user) == ("birge.bank_transfer_confirmed", staff)


def test_a_bank_transfer_of_the_wrong_amount_is_rejected(order):
    with pytest.raises(PaymentRejected):
        confirm_bank_transfer(order, UserFactory(is_staff=True), "70.00", "EUR")

    assert Order.objects.get().status == Order.Status.PENDING


def test_a_refund_revokes_access_and_is_recorded(order):
    staff = UserFactory(is_staff=True)
    payment = payment_for(order, "dummy")
    payment.change_status(PaymentStatus.CONFIRMED)

    refund_order(order, staff, "Learner could not attend")

    order.refresh_from_db()
    payment.refresh_from_db()
    assert order.status == Order.Status.REFUNDED and order.refunded_at is not None
    assert payment.status == PaymentStatus.REFUNDED
    refund = Refund.objects.get()
    assert (refund.amount, refund.reason, refund.refunded_by) == (
        Decimal("75.00"),
        "Learner could not attend",
        staff,
    )
    assert active_enrolment(order.user, order.course) is None
    assert Enrolment.objects.get().status == Enrolment.Status.REVOKED
    (entry,) = ModelLogEntry.objects.for_instance(order)
    assert (entry.action, entry.user) == ("birge.refund", staff)
    assert "Learner could not attend" not in str(entry.data) + entry.label


def test_a_refund_needs_a_reason(order):
    payment_for(order, "dummy").change_status(PaymentStatus.CONFIRMED)

    with pytest.raises(RefundError):
        refund_order(order, UserFactory(is_staff=True), "  ")

    assert Order.objects.get().status == Order.Status.ENROLLED
    assert not Refund.objects.exists()


def test_a_pending_order_cannot_be_refunded(order):
    with pytest.raises(IllegalTransition):
        refund_order(order, UserFactory(is_staff=True), "by mistake")

    assert not Refund.objects.exists()
