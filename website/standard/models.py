from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cases.blocks import MonitoringBlock
from website.core.blocks import BaseStreamBlock
from website.core.translation import page_translatable_fields


class StandardStreamBlock(BaseStreamBlock):
    """The shared blocks, and the figures of documented cases (for the legal help and monitoring pages)."""

    monitoring = MonitoringBlock()


class StandardPage(Page):
    """About, legal help, donate, contact and other plain pages."""

    body = StreamField(StandardStreamBlock(), blank=True, verbose_name=_("body"))

    translatable_fields = page_translatable_fields(translated=["body"])
    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
