"""Paid enrolment: orders, payments (django-payments), vouchers, receipts and refunds."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from payments import PaymentStatus, PurchasedItem
from payments.models import BasePayment

from website.core.models import PersonalRecord

from .pages import CURRENCIES


class Voucher(models.Model):
    code = models.CharField(_("code"), max_length=40, unique=True)
    percent_off = models.PositiveSmallIntegerField(
        _("discount (%)"),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("100 waives the fee."),
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="vouchers",
        help_text=_("Leave empty for every paid course."),
        verbose_name=_("course"),
    )
    valid_until = models.DateTimeField(_("valid until"), null=True, blank=True)
    max_uses = models.PositiveIntegerField(_("maximum uses"), default=1)
    note = models.CharField(_("note"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created"))

    class Meta:
        verbose_name = _("voucher")
        verbose_name_plural = _("vouchers")

    def __str__(self):
        return self.code

    def save(self, *args, **kwargs):
        self.code = self.code.strip().upper()
        super().save(*args, **kwargs)


class Order(PersonalRecord, models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending payment")
        PAID = "paid", _("Paid")
        ENROLLED = "enrolled", _("Enrolled")
        REFUNDED = "refunded", _("Refunded")
        CANCELLED = "cancelled", _("Cancelled")

    class Method(models.TextChoices):
        ONLINE = "online", _("Online payment")
        BANK_TRANSFER = "bank_transfer", _("Bank transfer")
        VOUCHER = "voucher", _("Fee waived by voucher")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="orders",
        help_text=_("Empty once the learner has deleted their account; the order stays for the accounts."),
        verbose_name=_("learner"),
    )
    course = models.ForeignKey(
        "learning.CoursePage", on_delete=models.PROTECT, related_name="orders", verbose_name=_("course")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    method = models.CharField(_("method"), max_length=15, choices=Method.choices, default=Method.ONLINE)
    list_price = models.DecimalField(_("list price"), max_digits=9, decimal_places=2)
    total = models.DecimalField(_("total"), max_digits=9, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES)
    voucher = models.ForeignKey(
        Voucher,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="orders",
        verbose_name=_("voucher"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)
    refunded_at = models.DateTimeField(_("refunded"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=models.Q(status="pending"),
                name="one_open_order_per_learner_and_course",
            )
        ]

    def __str__(self):
        return f"{self.reference} {self.course} — {self.total} {self.currency}"

    @property
    def reference(self):
        """The order number learners quote as the bank-transfer payment reference."""
        return f"BIRGE-{self.pk:06d}"

    reference.fget.short_description = _("order number")

    @property
    def is_open(self):
        return self.status == self.Status.PENDING


class PaymentVariant(models.TextChoices):
    """The ways to pay: django-payments' variants configured in PAYMENT_VARIANTS, and bank transfer."""

    DUMMY = "dummy", _("Test payment (no money is taken)")
    STRIPE = "stripe", _("Card (Stripe)")
    PAYPAL = "paypal", _("PayPal")
    BANK_TRANSFER = "bank_transfer", _("Bank transfer")


PAYMENT_STATUS_CHOICES = [
    (PaymentStatus.WAITING, pgettext_lazy("payment status", "Waiting for confirmation")),
    (PaymentStatus.PREAUTH, pgettext_lazy("payment status", "Pre-authorized")),
    (PaymentStatus.CONFIRMED, pgettext_lazy("payment status", "Confirmed")),
    (PaymentStatus.REJECTED, pgettext_lazy("payment status", "Rejected")),
    (PaymentStatus.REFUNDED, pgettext_lazy("payment status", "Refunded")),
    (PaymentStatus.ERROR, pgettext_lazy("payment status", "Error")),
    (PaymentStatus.INPUT, pgettext_lazy("payment status", "Input")),
    (PaymentStatus.CANCELLED, pgettext_lazy("payment status", "Cancelled")),
]


class Payment(PersonalRecord, BasePayment):
    order = models.ForeignKey(
        Order, on_delete=models.PROTECT, related_name="payments", verbose_name=_("order")
    )
    # django-payments' own fields that the admin shows, with labels in the editor's language.
    variant = models.CharField(_("payment method"), max_length=255, choices=PaymentVariant.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=PAYMENT_STATUS_CHOICES, default=PaymentStatus.WAITING
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    modified = models.DateTimeField(_("modified"), auto_now=True)
    transaction_id = models.CharField(_("transaction id"), max_length=255, blank=True)
    currency = models.CharField(_("currency"), max_length=10)
    total = models.DecimalField(_("total"), max_digits=9, decimal_places=2, default="0.0")

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")

    def get_failure_url(self):
        return settings.SITE_BASE_URL + reverse("learning:order_detail", args=[self.order_id])

    def get_success_url(self):
        return settings.SITE_BASE_URL + reverse("learning:order_detail", args=[self.order_id])

    def get_purchased_items(self):
        yield PurchasedItem(
            name=str(self.order.course.title),
            sku=str(self.order.course_id),
            quantity=1,
            price=self.total,
            currency=self.currency,
        )


class Receipt(models.Model):
    """Issued once an order is paid; numbers run without gaps."""

    number = models.PositiveIntegerField(_("number"), unique=True)
    order = models.OneToOneField(
        Order, on_delete=models.PROTECT, related_name="receipt", verbose_name=_("order")
    )
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")

    def __str__(self):
        return f"R-{self.number:06d}"


class ReceiptSequence(models.Model):
    """One row holding the last receipt number; locked while a number is taken so numbers have no gaps."""

    last_number = models.PositiveIntegerField(default=0, verbose_name=_("last number"))

    class Meta:
        verbose_name = _("receipt number sequence")
        verbose_name_plural = _("receipt number sequences")


class Refund(PersonalRecord, models.Model):
    order = models.OneToOneField(
        Order, on_delete=models.PROTECT, related_name="refund", verbose_name=_("order")
    )
    amount = models.DecimalField(_("amount"), max_digits=9, decimal_places=2, default=Decimal("0.00"))
    reason = models.TextField(_("reason"), blank=True)
    refunded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("refunded by"),
    )
    created_at = models.DateTimeField(_("refunded"), auto_now_add=True)

    class Meta:
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")

    def __str__(self):
        return f"{self.order.reference} — {self.amount} {self.order.currency}"
