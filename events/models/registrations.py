"""Sign-ups for an event: confirmed seats, the waiting list, offers of freed seats, check-in."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.core.contacts import NAME_MAX_LENGTH
from website.core.encryption import EncryptedTextField
from website.core.models import PersonalRecord

CHECK_IN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CHECK_IN_CODE_LENGTH = 6


def new_check_in_code():
    """A short code people show at the door; no 0/O or 1/I to misread."""
    return "".join(secrets.choice(CHECK_IN_CODE_ALPHABET) for _ in range(CHECK_IN_CODE_LENGTH))


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for email confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    OFFERED = "offered", _("Offered a freed seat")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Offer expired")


SEAT_HOLDING_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED)
ACTIVE_STATUSES = (
    RegistrationStatus.PENDING,
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITING,
    RegistrationStatus.OFFERED,
)


class RegistrationSource(models.TextChoices):
    SELF = "self", _("Signed up on the site")
    ORGANISER = "organiser", _("Registered by an organiser")
    IMPORT = "import", _("Imported from a file")


class Registration(PersonalRecord, models.Model):
    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
        verbose_name=_("account"),
    )
    name = models.CharField(_("name or pseudonym"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("email"), blank=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    answers = EncryptedTextField(
        _("answers"), blank=True, help_text=_("Answers to the event's questions (JSON).")
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(
        _("status"), max_length=12, choices=RegistrationStatus.choices, default=RegistrationStatus.PENDING
    )
    source = models.CharField(
        _("source"), max_length=12, choices=RegistrationSource.choices, default=RegistrationSource.SELF
    )
    code = models.CharField(_("check-in code"), max_length=12, unique=True, default=new_check_in_code)
    token = models.UUIDField(unique=True, default=uuid.uuid4, editable=False, verbose_name=_("link token"))
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    waiting_since = models.DateTimeField(_("waiting since"), null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("offer expires"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("checked in by"),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"], condition=~models.Q(email=""), name="one_registration_per_email"
            ),
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=models.Q(user__isnull=False),
                name="one_registration_per_user",
            ),
        ]
        indexes = [
            models.Index(fields=["event", "status"]),
            models.Index(fields=["status", "offer_expires_at"]),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    @property
    def holds_seat(self):
        return self.status in SEAT_HOLDING_STATUSES

    @property
    def is_confirmed(self):
        return self.status == RegistrationStatus.CONFIRMED
