import json
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import make_msgid
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .encryption import EncryptedTextField

# The name a person's records keep once the retention period is over (website.core.retention).
ANONYMISED_NAME = "Anonymised participant"


class PersonalRecord:
    """Mixin for models holding a person's data: kept out of Wagtail's reference index.

    The index feeds a page's "Usage" listing in the admin; a registration or an order there would show
    editors who signed up for what.
    """

    wagtail_reference_index_ignore = True


class AuditEntry(models.Model):
    """Who looked at or exported personal data, and when. Never the values themselves."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("who"),
    )
    action = models.CharField(_("action"), max_length=64)
    object_type = models.CharField(_("object type"), max_length=100)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    detail = models.CharField(_("detail"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    # Shown in the admin, but nothing links to an entry: indexing its references would only cost queries.
    wagtail_reference_index_ignore = True

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self):
        return (
            f"{self.created_at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.object_type}:{self.object_id}"
        )


def mail_domain():
    """The domain of the site's sender address (else of SITE_BASE_URL): the right-hand side of its Message-IDs."""
    _name, at, sender_domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")
    return (at and sender_domain) or urlsplit(settings.SITE_BASE_URL).hostname or "localhost"


def new_message_id():
    """A new, globally unique Message-ID such as `<176...@birge.kg>` (RFC 5322)."""
    return make_msgid(domain=mail_domain())


class OutboxEmail(models.Model):
    """An email waiting to be sent, saved with the change that caused it (see website.core.outbox).

    Everything that may name or describe a person is encrypted; the status columns are not. An email
    to be composed by the worker holds only its composer and the ids it needs, and no content at all.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        DROPPED = "dropped", _("no longer needed")

    subject = EncryptedTextField(_("subject"), blank=True)
    text_body = EncryptedTextField(_("text body"), blank=True)
    html_body = EncryptedTextField(_("HTML body"), blank=True)
    recipients = EncryptedTextField(_("recipients"), blank=True, help_text=_("A JSON list of addresses."))
    attachments = EncryptedTextField(
        _("attachments"), blank=True, help_text=_("A JSON list of {filename, content, mimetype}.")
    )
    composer = models.CharField(
        _("composer"),
        max_length=200,
        blank=True,
        help_text=_(
            "The function that writes this email when it is sent; empty when it was written already."
        ),
    )
    composer_arguments = models.JSONField(
        _("composer arguments"),
        default=dict,
        blank=True,
        help_text=_("Record ids only, never personal data."),
    )
    from_email = models.CharField(_("sender"), max_length=254, blank=True)
    message_id = models.CharField(
        _("Message-ID"),
        max_length=255,
        default=new_message_id,
        editable=False,
        help_text=_(
            "Given once, when the email is saved, and sent on every attempt: if a copy goes out twice, "
            "mail programs show it once."
        ),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    available_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_error = models.CharField(
        _("last error"), max_length=255, blank=True, help_text=_("The kind of error only, never addresses.")
    )

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        indexes = [models.Index(fields=["status", "available_at"], name="core_outbox_due_idx")]

    def __str__(self):
        return _("Email #%(number)s") % {"number": self.pk}

    @property
    def recipient_list(self):
        return json.loads(self.recipients)

    @property
    def attachment_list(self):
        return json.loads(self.attachments) if self.attachments else []


class Topic(TranslatableMixin, models.Model):
    """A theme shared by articles and courses: rights, SOGI, health, legal aid, safety..."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Contacts, social links and donation details: the same in every language (the address is on the menu)."""

    email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    telegram = models.URLField(_("Telegram"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
    bank_name = models.CharField(_("bank"), max_length=150, blank=True)
    bank_account = models.CharField(_("account (IBAN)"), max_length=60, blank=True)
    bank_swift = models.CharField(_("SWIFT/BIC"), max_length=20, blank=True)
    bank_recipient = models.CharField(_("recipient"), max_length=200, blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Contacts")),
        MultiFieldPanel(
            [FieldPanel("facebook"), FieldPanel("instagram"), FieldPanel("telegram"), FieldPanel("youtube")],
            heading=_("Social links"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("bank_recipient"),
                FieldPanel("bank_name"),
                FieldPanel("bank_account"),
                FieldPanel("bank_swift"),
            ],
            heading=_("Donation and bank-transfer details"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """The header menu, footer text and address editors control, one per language."""

    name = models.CharField(_("name"), max_length=100, default="Main")
    footer_text = models.TextField(_("footer text"), blank=True)
    address = models.CharField(
        _("address"), max_length=250, blank=True, help_text=_("Shown under the contacts in the footer.")
    )

    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("footer_text"),
        TranslatableField("address"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("footer_text"),
        FieldPanel("address"),
        InlinePanel("items", label=_("Menu items")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return f"{self.name} ({self.locale})"


class NavigationMenuItem(TranslatableMixin, Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items", verbose_name=_("menu"))
    label = models.CharField(
        _("label"), max_length=60, blank=True, help_text=_("Defaults to the page title.")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
    )
    url = models.CharField(_("or a link"), max_length=250, blank=True)

    translatable_fields = [TranslatableField("label"), SynchronizedField("page"), SynchronizedField("url")]
    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta):
        unique_together = [("translation_key", "locale")]
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")

    def clean(self):
        if not self.page and not self.url:
            raise ValidationError(_("Choose a page or give a link."))

    @property
    def link_label(self):
        return self.label or (self.page.title if self.page else self.url)
