from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.core.blocks import BaseStreamBlock
from website.core.images import alt_text_field
from website.core.pages import paginate, with_images
from website.core.translation import page_translatable_fields

PUBLICATIONS_PER_PAGE = 12


class PublicationIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["publications.PublicationPage"]
    translatable_fields = page_translatable_fields(translated=["intro"])
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("publication index")
        verbose_name_plural = _("publication indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        publications = PublicationPage.objects.child_of(self).live().public().order_by("-date", "-pk")
        publications = with_images(publications, "cover").select_related("document")
        context["publications"] = paginate(request, publications, PUBLICATIONS_PER_PAGE)
        return context


class PublicationPage(Page):
    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        BULLETIN = "bulletin", _("Bulletin")
        ALTERNATIVE_REPORT = "alternative_report", _("Alternative report")
        GUIDE = "guide", _("Guide")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.REPORT)
    date = models.DateField(_("publication date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), blank=True)
    cover = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover"),
    )
    cover_alt = alt_text_field()
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("main document"),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    translatable_fields = page_translatable_fields(
        translated=["summary", "cover_alt", "body"], synchronized=["kind", "date", "cover", "document"]
    )
    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("cover"),
        FieldPanel("cover_alt"),
        FieldPanel("document"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
