"""Payments through django-payments (online) or bank transfer (confirmed by staff), and refunds.

Every confirmation, whatever its origin, goes through confirm_payment: it locks the order row, so the
same callback delivered many times at once still yields one paid order, one enrolment and one email.
"""

import logging
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from payments import PaymentError, PaymentStatus
from wagtail.log_actions import log

from learning.log_actions import BANK_TRANSFER_CONFIRMED, REFUND
from learning.models import Order, Payment, PaymentVariant, Refund

from .enrolment import revoke
from .orders import (
    ALLOWED_TRANSITIONS,
    CheckoutError,
    IllegalTransition,
    fulfil_order,
    lock_order,
    transition,
)
from .vouchers import VoucherError, check_voucher

logger = logging.getLogger("birge.payments")

BANK_TRANSFER = PaymentVariant.BANK_TRANSFER
OPEN_STATUSES = (PaymentStatus.WAITING, PaymentStatus.INPUT)
SETTLING_STATUSES = (PaymentStatus.CONFIRMED, PaymentStatus.PREAUTH)
CENT = Decimal("0.01")


class PaymentRejected(Exception):
    """A confirmation that does not match its order; logged, and nothing was changed."""


class RefundError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


VARIANT_LABELS = dict(PaymentVariant.choices)


def payment_choices():
    """(variant, label) for every way to pay: the configured online variants, then bank transfer."""
    variants = [*settings.PAYMENT_VARIANTS, BANK_TRANSFER]
    return [(variant, VARIANT_LABELS.get(variant, variant)) for variant in variants]


def is_available(variant):
    """Whether payments of `variant` can be taken here: bank transfer, or a configured provider."""
    return variant == BANK_TRANSFER or variant in settings.PAYMENT_VARIANTS


def settle_provider_payment(sender, instance, **kwargs):
    """django-payments' `status_changed` receiver: a provider's "confirmed" (callback, dummy form, capture)
    confirms the order through confirm_payment. A provider that is not configured here (the test provider's,
    in production) cannot settle a payment: its payment is rejected instead, and the refusal is logged."""
    payment = instance
    if payment.status not in SETTLING_STATUSES:
        return
    if payment.variant not in settings.PAYMENT_VARIANTS:
        logger.warning(
            "Payment %s refused as %s: its provider %r is not configured; the order stays unpaid.",
            payment.pk,
            payment.status,
            payment.variant,
        )
        payment.change_status(PaymentStatus.REJECTED, payment.message)
    elif payment.status == PaymentStatus.CONFIRMED:
        confirm_provider_payment(payment)


def open_payment(order):
    """The order's latest payment still waiting for the learner or the provider, if any."""
    return order.payments.filter(status__in=OPEN_STATUSES).order_by("-pk").first()


def payable_payment(order):
    """The order's open payment, if any, when it can still be paid here.

    One whose provider is no longer configured (say, a test payment started before a deployment) is
    cancelled and logged, and CheckoutError asks the learner to choose another way to pay.
    """
    payment = open_payment(order)
    if payment is None or is_available(payment.variant):
        return payment
    logger.warning(
        "Payment %s of order %s cancelled: its provider %r is not configured.",
        payment.pk,
        order.reference,
        payment.variant,
    )
    payment.change_status(PaymentStatus.CANCELLED)
    raise CheckoutError(_("This way to pay is no longer offered. Choose another one."))


def method_for_variant(variant):
    return Order.Method.BANK_TRANSFER if variant == BANK_TRANSFER else Order.Method.ONLINE


def payment_for(order, variant):
    """The order's open payment for `variant`, created only when there is none.

    An open payment for another variant or an older amount is cancelled first, so an order has at
    most one open payment; a failed or rejected attempt is closed already and allows a new one.
    """
    if variant != BANK_TRANSFER and variant not in settings.PAYMENT_VARIANTS:
        raise CheckoutError(_("This payment method is not available."))
    with transaction.atomic():
        order = lock_order(order)
        if order.status != Order.Status.PENDING:
            raise CheckoutError(_("This order is no longer waiting for payment."))
        for payment in order.payments.filter(status__in=OPEN_STATUSES):
            if (payment.variant, payment.total, payment.currency) == (variant, order.total, order.currency):
                return payment
            close_payment(payment)
        if order.voucher_id is not None:
            try:
                check_voucher(order.voucher, order.course)
            except VoucherError as error:
                raise CheckoutError(error.message) from error
        method = method_for_variant(variant)
        if order.method != method:
            order.method = method
            order.save(update_fields=["method"])
        return Payment.objects.create(
            order=order,
            variant=variant,
            total=order.total,
            currency=order.currency,
            description=str(order.course.title)[:255],
            billing_email=order.user.email if order.user else "",
        )


def close_payment(payment):
    """Cancel an open payment (at the provider too, for online variants)."""
    if payment.variant in settings.PAYMENT_VARIANTS:
        payment.cancel()
    else:
        payment.change_status(PaymentStatus.CANCELLED)


def close_open_payments(order):
    for payment in order.payments.filter(status__in=OPEN_STATUSES):
        close_payment(payment)


def as_amount(value):
    try:
        return Decimal(str(value)).quantize(CENT)
    except InvalidOperation:
        return None


def confirm_payment(payment_id, amount, currency, transaction_id=""):
    """Settle a payment: the order goes pending → paid → enrolled once; repeated calls change nothing.

    A confirmation of a payment whose provider is not configured (the test provider in production),
    whose amount or currency differs from the order's, or for an order that is not waiting for
    payment, raises PaymentRejected, is logged on "birge.payments" and changes nothing.
    """
    with transaction.atomic():
        order_id, variant = Payment.objects.values_list("order_id", "variant").get(pk=payment_id)
        if not is_available(variant):
            logger.warning("Payment %s rejected: its provider %r is not configured.", payment_id, variant)
            raise PaymentRejected(f"Provider {variant} is not configured.")
        order = Order.objects.select_for_update().get(pk=order_id)
        if order.status in (Order.Status.PAID, Order.Status.ENROLLED):
            logger.info(
                "Payment %s for order %s confirmed again: nothing to do.", payment_id, order.reference
            )
            return order
        if order.status != Order.Status.PENDING:
            logger.warning(
                "Payment %s rejected: order %s is %s, not waiting for payment.",
                payment_id,
                order.reference,
                order.status,
            )
            raise PaymentRejected(f"Order {order.reference} is {order.status}.")
        paid = as_amount(amount)
        if paid != order.total or (currency or "").upper() != order.currency:
            logger.warning(
                "Payment %s rejected for order %s: received %s %s, the order is for %s %s.",
                payment_id,
                order.reference,
                amount,
                currency,
                order.total,
                order.currency,
            )
            raise PaymentRejected(f"Amount or currency does not match order {order.reference}.")
        settled = {"status": PaymentStatus.CONFIRMED, "captured_amount": paid}
        if transaction_id:
            settled["transaction_id"] = transaction_id
        Payment.objects.filter(pk=payment_id).update(**settled)
        fulfil_order(order)
        logger.info("Order %s paid (payment %s).", order.reference, payment_id)
    return order


def confirm_provider_payment(payment):
    """Called when django-payments marks a payment confirmed (provider callback, dummy form, capture)."""
    captured = as_amount(payment.captured_amount)
    try:
        confirm_payment(payment.pk, captured or payment.total, payment.currency, payment.transaction_id)
    except PaymentRejected:
        # Already logged; the order stays as it was for staff to look at, and the provider gets its answer.
        return None


def confirm_bank_transfer(order, by, amount, currency, bank_reference=""):
    """Staff saw the transfer arrive: the same confirmation path as an online payment."""
    payment = payment_for(order, BANK_TRANSFER)
    order = confirm_payment(payment.pk, amount, currency, bank_reference)
    log(instance=order, action=BANK_TRANSFER_CONFIRMED, user=by)
    return order


def refund_order(order, by, reason):
    """Staff refund: a Refund row, the order refunded, access revoked, an entry in the order's history."""
    reason = (reason or "").strip()
    if not reason:
        raise RefundError(_("Give the reason for the refund."))
    with transaction.atomic():
        order = lock_order(order)
        if Order.Status.REFUNDED not in ALLOWED_TRANSITIONS[order.status]:
            raise IllegalTransition(order, Order.Status.REFUNDED)
        refund_at_provider(order)
        Refund.objects.create(order=order, amount=order.total, reason=reason, refunded_by=by)
        transition(order, Order.Status.REFUNDED, refunded_at=timezone.now())
        if order.user is not None:
            revoke(order.user, order.course)
        log(instance=order, action=REFUND, user=by)
        logger.info("Order %s refunded by user %s.", order.reference, getattr(by, "pk", None))
    return order


def refund_at_provider(order):
    """Give the money back through the provider for a confirmed online payment; bank transfers are manual."""
    for payment in order.payments.filter(status=PaymentStatus.CONFIRMED):
        if payment.variant not in settings.PAYMENT_VARIANTS:
            payment.change_status(PaymentStatus.REFUNDED)
            continue
        try:
            payment.refund(payment.captured_amount or None)
        except (PaymentError, ValueError) as error:
            logger.warning("Refund of order %s failed at the provider: %s", order.reference, error)
            raise RefundError(
                _("The payment provider refused the refund: %(error)s") % {"error": error}
            ) from error
