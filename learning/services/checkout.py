"""The learner's way through buying a course: each checkout form answers with the next step, decided in
one call and one transaction; and cancelling an order that is not paid yet."""

import enum
from dataclasses import dataclass

from django.db import transaction

from learning.models import CoursePage, Order
from website.core.translation import canonical_page

from .orders import (
    CheckoutError,
    NothingToBuy,
    check_something_to_buy,
    lock_order,
    pending_order,
    start_checkout,
    transition,
)
from .payments import close_open_payments, method_for_variant, payment_for
from .vouchers import VoucherError


class Next(enum.Enum):
    COURSE_PAGE = "course page"  # nothing to buy: the course is free, or the learner is enrolled
    FORM = "form"  # the checkout form, with the pending order if any and why the last step failed
    VOUCHER_APPLIED = "voucher applied"  # the form again, with the new price
    ENROLLED = "enrolled"  # a voucher waived the fee: the learner is enrolled
    PAYMENT = "payment"  # the order's payment is ready: on to paying


@dataclass(frozen=True)
class CheckoutStep:
    next: Next
    course: CoursePage
    order: Order | None = None
    error: str = ""


def open_checkout(user, course):
    """What the checkout page shows before anything is submitted (it changes nothing)."""
    course = canonical_page(course)
    try:
        check_something_to_buy(user, course)
    except NothingToBuy:
        return CheckoutStep(Next.COURSE_PAGE, course)
    return CheckoutStep(Next.FORM, course, pending_order(user, course))


def submit_checkout(user, course, voucher_code, variant, apply_only=False):
    """Price the learner's order (with the voucher), then enrol them when the voucher waives the fee, or
    prepare the payment of `variant`. On an error nothing is saved and the step says why."""
    course = canonical_page(course)
    try:
        with transaction.atomic():
            order = start_checkout(user, course, voucher_code or None, method=method_for_variant(variant))
            if order.status == Order.Status.ENROLLED:
                return CheckoutStep(Next.ENROLLED, course, order)
            if apply_only:
                return CheckoutStep(Next.VOUCHER_APPLIED, course, order)
            payment_for(order, variant)
    except NothingToBuy:
        return CheckoutStep(Next.COURSE_PAGE, course)
    except (CheckoutError, VoucherError) as error:
        return CheckoutStep(Next.FORM, course, pending_order(user, course), error.message)
    return CheckoutStep(Next.PAYMENT, course, order)


def cancel_order(order):
    """pending → cancelled; open payments are cancelled with it."""
    with transaction.atomic():
        order = lock_order(order)
        transition(order, Order.Status.CANCELLED)
        close_open_payments(order)
    return order
