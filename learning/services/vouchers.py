"""Vouchers: codes that waive part or all of a course fee. A use counts once its order is paid."""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from learning.models import Order, Voucher
from website.core.translation import canonical_page

USED_STATUSES = (Order.Status.PAID, Order.Status.ENROLLED)
CENT = Decimal("0.01")


class VoucherError(Exception):
    """A voucher code that cannot be used; the message says why, in the learner's language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def normalise_code(code):
    return (code or "").strip().upper()


def uses_of(voucher):
    """How many paid or enrolled orders this voucher has been used for."""
    return voucher.orders.filter(status__in=USED_STATUSES).count()


def uses_count():
    """The same count as an annotation, for a list of vouchers."""
    return Count("orders", filter=Q(orders__status__in=USED_STATUSES))


def check_voucher(voucher, course, now=None):
    """Raise VoucherError unless the voucher can still be used for this course."""
    if voucher.valid_until is not None and voucher.valid_until < (now or timezone.now()):
        raise VoucherError(
            _("This voucher expired on %(date)s.")
            % {"date": formats.date_format(timezone.localtime(voucher.valid_until), "DATE_FORMAT")}
        )
    if voucher.course_id is not None and voucher.course_id != canonical_page(course).pk:
        raise VoucherError(_("This voucher is for another course."))
    if uses_of(voucher) >= voucher.max_uses:
        raise VoucherError(_("This voucher has already been used as many times as it allows."))


def find_voucher(code, course, *, lock=False):
    """The voucher with this code if it can be used for the course; `lock` holds its row until commit."""
    vouchers = Voucher.objects.select_for_update() if lock else Voucher.objects.all()
    voucher = vouchers.filter(code=normalise_code(code)).first()
    if voucher is None:
        raise VoucherError(_("There is no voucher with this code. Check it and try again."))
    check_voucher(voucher, course)
    return voucher


def lock_voucher(voucher):
    """Hold the voucher row until commit, so counting and using it cannot interleave between learners."""
    return Voucher.objects.select_for_update().get(pk=voucher.pk)


def discounted_total(price, voucher):
    """The price after the voucher's discount, rounded to the cent; a 100% voucher gives 0."""
    if voucher is None:
        return price
    discount = (price * voucher.percent_off / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    return max(price - discount, Decimal("0.00"))
