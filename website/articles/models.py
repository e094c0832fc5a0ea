from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.core.blocks import BaseStreamBlock
from website.core.translation import page_translatable_fields


class ArticleIndexPage(Page):
    """Educational articles, filterable by topic."""

    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["articles.ArticlePage"]
    translatable_fields = page_translatable_fields(translated=["intro"])
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("article index")


class ArticlePage(Page):
    summary = models.TextField(_("summary"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    topics = ParentalManyToManyField("core.Topic", blank=True, verbose_name=_("topics"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []
    translatable_fields = page_translatable_fields(translated=["summary", "body"], synchronized=["image"])
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("article")
