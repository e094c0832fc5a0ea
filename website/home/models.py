from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from learning.models import CoursePage
from website.core.blocks import BaseStreamBlock
from website.core.images import alt_text_field
from website.core.pages import with_images
from website.core.translation import page_translatable_fields
from website.news.models import NewsPage
from website.stories.models import published_stories

FEATURED_NEWS_COUNT = 3
FEATURED_COURSES_COUNT = 6
CAROUSEL_STORIES_COUNT = 8


class HomePage(Page):
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
        context["featured_news"] = self.featured_news()
        context["featured_courses"] = self.featured_courses()
        context["stories"] = self.carousel_stories()
        context["upcoming_events"], context["events_index"] = self.upcoming_events()
        return context

    def featured_news(self):
        """The latest live news in this page's language."""
        news = NewsPage.objects.live().public().filter(locale_id=self.locale_id).order_by("-date", "-pk")
        return list(with_images(news, "image")[:FEATURED_NEWS_COUNT])

    def featured_courses(self):
        """Live courses editors chose to feature, in this page's language."""
        courses = CoursePage.objects.live().public().filter(locale_id=self.locale_id, featured=True)
        return list(with_images(courses.order_by("title"), "image")[:FEATURED_COURSES_COUNT])

    def carousel_stories(self):
        """The latest published stories whose authors agreed to publication."""
        stories = published_stories().filter(locale_id=self.locale_id).order_by("-date", "-pk")
        return list(with_images(stories, "photo")[:CAROUSEL_STORIES_COUNT])

    def upcoming_events(self):
        """The next few events in this page's language, and the event index to link to."""
        from events.services.catalogue import home_events

        return home_events(self.locale_id)
