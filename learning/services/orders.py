"""Orders for paid courses: pricing at checkout, the order state machine and fulfilment.

An order moves pending → paid → enrolled; pending → cancelled; paid or enrolled → refunded.
Access to the course is granted only by fulfil_order, once payment (or a full waiver) is confirmed.
"""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from learning.models import Enrolment, Order
from website.core.mail import language_for, send_templated_email
from website.core.translation import canonical_page

from .enrolment import active_enrolment, enrol
from .receipts import issue_receipt
from .vouchers import VoucherError, check_voucher, discounted_total, find_voucher, lock_voucher

logger = logging.getLogger("birge.payments")

Status = Order.Status
ALLOWED_TRANSITIONS = {
    Status.PENDING: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.ENROLLED, Status.REFUNDED},
    Status.ENROLLED: {Status.REFUNDED},
    Status.REFUNDED: set(),
    Status.CANCELLED: set(),
}
PAYABLE_METHODS = (Order.Method.ONLINE, Order.Method.BANK_TRANSFER)


class IllegalTransition(Exception):
    """The order state machine does not allow this move."""

    def __init__(self, order, target):
        super().__init__(
            f"Order {order.reference} cannot go from {Status(order.status).value} to {Status(target).value}."
        )
        self.message = _("This order is %(status)s and cannot become %(target)s.") % {
            "status": order.get_status_display(),
            "target": Status(target).label,
        }


class CheckoutError(Exception):
    """Checkout cannot go on; the message tells the learner why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def transition(order, target, **fields):
    """Move the order to `target` if allowed, saving the status and any given fields."""
    if target not in ALLOWED_TRANSITIONS[order.status]:
        raise IllegalTransition(order, target)
    order.status = target
    for name, value in fields.items():
        setattr(order, name, value)
    order.save(update_fields=["status", *fields])
    return order


def lock_order(order):
    """The order row, locked until the transaction ends (callers run inside transaction.atomic)."""
    return Order.objects.select_for_update().get(pk=order.pk)


def open_order(user, course):
    """The learner's pending order for the course, created when there is none (one, even under races)."""
    order = pending_order(user, course)
    if order is not None:
        return order
    try:
        with transaction.atomic():
            return Order.objects.create(
                user=user,
                course=course,
                list_price=course.price,
                total=course.price,
                currency=course.currency,
            )
    except IntegrityError:
        return Order.objects.get(user=user, course=course, status=Status.PENDING)


class NothingToBuy(CheckoutError):
    """The course is free, or the learner is enrolled in it already."""


def check_something_to_buy(user, course):
    """Raise NothingToBuy when the learner has no reason to pay for the (canonical) course."""
    if course.is_free:
        raise NothingToBuy(_("This course is free: enrol from the course page."))
    if active_enrolment(user, course) is not None:
        raise NothingToBuy(_("You are already enrolled in this course."))


def pending_order(user, course):
    """The learner's order for the (canonical) course still waiting for payment, if any."""
    return Order.objects.filter(user=user, course=course, status=Status.PENDING).first()


def start_checkout(user, course, voucher_code=None, method=Order.Method.ONLINE):
    """The learner's open order for a paid course, priced now; a 100% voucher enrols at once.

    Raises CheckoutError (or VoucherError) with a translated message and changes nothing.
    """
    course = canonical_page(course)
    check_something_to_buy(user, course)
    if method not in PAYABLE_METHODS:
        raise CheckoutError(_("Choose how you want to pay."))
    with transaction.atomic():
        order = lock_order(open_order(user, course))
        voucher = find_voucher(voucher_code, course, lock=True) if voucher_code else None
        if voucher is None and order.voucher_id is not None:
            voucher = order.voucher
            check_voucher(voucher, course)
        price_order(order, course, voucher, method)
        if order.total == 0:
            order.method = Order.Method.VOUCHER
            order.save(update_fields=["method"])
            fulfil_order(order)
    return order


def price_order(order, course, voucher, method):
    """Set the order's price from the course's current price and currency, less the voucher."""
    order.list_price = course.price
    order.currency = course.currency
    order.voucher = voucher
    order.total = discounted_total(course.price, voucher)
    order.method = method
    order.save(update_fields=["list_price", "currency", "voucher", "total", "method"])


def fulfil_order(order):
    """pending → paid → enrolled for a locked order: receipt, enrolment, one confirmation email."""
    if order.voucher_id is not None:
        claim_voucher_use(order)
    transition(order, Status.PAID, paid_at=timezone.now())
    issue_receipt(order)
    if order.user is None:
        logger.warning(
            "Order %s paid after its learner deleted their account; not enrolled.", order.reference
        )
        return order
    enrol(order.user, order.course, source=Enrolment.Source.ORDER)
    transition(order, Status.ENROLLED)
    send_order_email(order, "learning/email/order_confirmed")
    return order


def claim_voucher_use(order):
    """Count the voucher's use under a lock on its row; raises VoucherError when it is used up.

    A paid (non-zero) order is honoured even then, since the learner has already paid the price offered.
    """
    voucher = lock_voucher(order.voucher)
    try:
        check_voucher(voucher, order.course)
    except VoucherError:
        if order.total == 0:
            raise
        logger.warning(
            "Order %s paid with voucher %s after it ran out; honoured as the learner paid.",
            order.reference,
            voucher.code,
        )


def send_order_email(order, template_prefix, **context):
    """Email the learner about their order, in their language, once the transaction commits."""
    user = order.user
    language = language_for(user)
    with translation.override(language):
        order_url = settings.SITE_BASE_URL + reverse("learning:order_detail", args=[order.pk])
    send_templated_email(
        template_prefix,
        user.email,
        {"order": order, "learner": user, "order_url": order_url, **context},
        language,
    )
