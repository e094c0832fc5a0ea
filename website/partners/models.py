from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.core.blocks import BaseStreamBlock
from website.core.pages import with_images
from website.core.translation import page_translatable_fields


class Partner(TranslatableMixin, index.Indexed, models.Model):
    """A partner organisation or a member NGO of the network."""

    class Kind(models.TextChoices):
        MEMBER = "member", _("Member NGO")
        PARTNER = "partner", _("Partner")
        DONOR = "donor", _("Donor")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.MEMBER)
    region = models.CharField(_("region or city"), max_length=100, blank=True)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("region"),
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        SynchronizedField("sort_order"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("region"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    def __str__(self):
        return self.name


class PartnersPage(Page):
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("introduction"))

    max_count_per_parent = 1
    subpage_types = []
    translatable_fields = page_translatable_fields(translated=["body"])
    content_panels = Page.content_panels + [FieldPanel("body")]

    class Meta:
        verbose_name = _("partners page")
        verbose_name_plural = _("partners pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partner_groups"] = self.partner_groups()
        return context

    def partner_groups(self):
        """This language's partners as (kind label, partners) pairs, in the order of the kinds."""
        partners = list(with_images(Partner.objects.filter(locale_id=self.locale_id), "logo"))
        groups = []
        for kind, label in Partner.Kind.choices:
            members = [partner for partner in partners if partner.kind == kind]
            if members:
                groups.append((label, members))
        return groups
