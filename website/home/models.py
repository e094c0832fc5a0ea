from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from website.core.blocks import BaseStreamBlock
from website.core.images import alt_text_field
from website.core.page_views import PageViews
from website.core.translation import page_translatable_fields


class HomePage(PageViews, Page):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    hero_image_alt = alt_text_field()
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero button page"),
    )
    hero_cta_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "standard.StandardPage",
        "news.NewsIndexPage",
        "articles.ArticleIndexPage",
        "publications.PublicationIndexPage",
        "partners.PartnersPage",
        "stories.StoryIndexPage",
        "learning.CourseIndexPage",
        "events.EventIndexPage",
    ]
    translatable_fields = page_translatable_fields(
        translated=["hero_title", "hero_text", "hero_image_alt", "hero_cta_label", "body"],
        synchronized=["hero_image", "hero_cta_page"],
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("hero_cta_page"),
        FieldPanel("hero_cta_label"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.view("context")(request, self))
        return context
