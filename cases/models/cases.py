"""A report of a rights violation or a request for legal help, and what follows it.

Nothing here stores an IP address, a user agent or a session key. Narrative, contact, messages, notes,
intervention notes and evidence names are encrypted at rest; evidence files are encrypted on disk.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.core.encryption import EncryptedTextField
from website.core.models import PersonalRecord

from ..storage import evidence_storage
from .organisations import Organisation
from .places import TOWN_CHOICES, Region
from .violations import ViolationType


class Needs(models.TextChoices):
    DOCUMENT = "document", _("Document what happened")
    LEGAL_HELP = "legal_help", _("Legal help")
    BOTH = "both", _("Both")


class Perpetrator(models.TextChoices):
    POLICE = "police", _("Police")
    FAMILY = "family", _("Family")
    EMPLOYER = "employer", _("Employer")
    HEALTH_WORKER = "health_worker", _("Health worker")
    NEIGHBOUR = "neighbour", _("Neighbour")
    UNKNOWN = "unknown", _("Unknown person")
    OTHER = "other", _("Someone else")


class ContactMethod(models.TextChoices):
    NONE = "none", _("No contact")
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")
    TELEGRAM = "telegram", _("Telegram")
    SIGNAL = "signal", _("Signal")


class Consent(models.TextChoices):
    HELP_ONLY = "help_only", _("Use it only to help me")
    STATISTICS = "statistics", _("Also count it in anonymous statistics")
    STORY = "story", _("Also tell my story anonymously")


class CaseStatus(models.TextChoices):
    NEW = "new", _("New")
    ACCEPTED = "accepted", _("Accepted")
    IN_PROGRESS = "in_progress", _("In progress")
    REFERRED = "referred", _("Referred")
    CLOSED = "closed", _("Closed")


class ClosingReason(models.TextChoices):
    RESOLVED = "resolved", _("Resolved")
    COMPLAINT_FILED = "complaint_filed", _("Complaint filed")
    COURT = "court", _("Court")
    NO_CONTACT = "no_contact", _("No contact")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class InterventionKind(models.TextChoices):
    LEGAL_CONSULTATION = "legal_consultation", _("Legal consultation")
    COMPLAINT_STATE_BODY = "complaint_state_body", _("Complaint to a state body")
    COMPLAINT_UN_BODY = "complaint_un_body", _("Complaint to a UN body")
    REFERRAL_MEDICAL = "referral_medical", _("Referral to medical help")
    REFERRAL_PSYCHOLOGICAL = "referral_psychological", _("Referral to psychological help")
    COURT_REPRESENTATION = "court_representation", _("Court representation")


class Case(PersonalRecord, models.Model):
    receipt_digest = models.CharField(
        _("receipt digest"), max_length=64, unique=True, db_index=True, editable=False
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="cases", verbose_name=_("organisation")
    )
    needs = models.CharField(_("needs"), max_length=16, choices=Needs.choices, default=Needs.BOTH)
    narrative = EncryptedTextField(_("what happened"))
    happened_on = models.DateField(_("date"), null=True, blank=True)
    date_is_approximate = models.BooleanField(_("date is approximate"), default=False)
    region = models.CharField(_("region"), max_length=16, choices=Region.choices, blank=True)
    town = models.CharField(_("town"), max_length=32, choices=TOWN_CHOICES, blank=True)
    violation_types = models.ManyToManyField(
        ViolationType, blank=True, related_name="cases", verbose_name=_("violation types")
    )
    perpetrator = models.CharField(_("who did it"), max_length=16, choices=Perpetrator.choices, blank=True)
    sogi = models.BooleanField(
        _("sexual orientation or gender identity played a part"), null=True, blank=True
    )
    hiv = models.BooleanField(_("HIV status played a part"), null=True, blank=True)
    drug_use = models.BooleanField(_("drug use played a part"), null=True, blank=True)
    sex_work = models.BooleanField(_("sex work played a part"), null=True, blank=True)
    contact_method = models.CharField(
        _("contact method"), max_length=16, choices=ContactMethod.choices, default=ContactMethod.NONE
    )
    contact = EncryptedTextField(_("contact"), blank=True)
    consent = models.CharField(
        _("consent"), max_length=16, choices=Consent.choices, default=Consent.HELP_ONLY
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(_("status"), max_length=16, choices=CaseStatus.choices, default=CaseStatus.NEW)
    closing_reason = models.CharField(
        _("closing reason"), max_length=16, choices=ClosingReason.choices, blank=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_cases",
        verbose_name=_("assigned to"),
    )
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    last_action_at = models.DateTimeField(_("last action"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def __str__(self):
        return _("Case %(number)s") % {"number": self.pk}


class CaseMessage(PersonalRecord, models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages", verbose_name=_("case"))
    from_reporter = models.BooleanField(_("from the reporter"), default=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    text = EncryptedTextField(_("message"))
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self):
        return _("Message %(number)s") % {"number": self.pk}


class CaseNote(PersonalRecord, models.Model):
    """A case worker's internal note: never shown to the reporter."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes", verbose_name=_("case"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    text = EncryptedTextField(_("note"))
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")

    def __str__(self):
        return _("Note %(number)s") % {"number": self.pk}


def evidence_file_name(instance, filename):
    """A random name: the original one (which may say who or where) is kept only encrypted, in the row."""
    return f"{uuid.uuid4().hex}.bin"


class Evidence(PersonalRecord, models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("case"))
    file = models.FileField(
        _("file"), storage=evidence_storage, upload_to=evidence_file_name, max_length=200, blank=True
    )
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    original_name = EncryptedTextField(_("original name"), blank=True)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    from_reporter = models.BooleanField(_("from the reporter"), default=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")

    def __str__(self):
        return _("Evidence file %(number)s") % {"number": self.pk}


class Intervention(PersonalRecord, models.Model):
    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="interventions", verbose_name=_("case")
    )
    kind = models.CharField(_("kind"), max_length=32, choices=InterventionKind.choices)
    happened_on = models.DateField(_("date"))
    note = EncryptedTextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["-happened_on", "-pk"]
        verbose_name = _("intervention")
        verbose_name_plural = _("interventions")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.happened_on})"
