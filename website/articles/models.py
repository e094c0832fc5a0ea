from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.core.blocks import BaseStreamBlock
from website.core.images import alt_text_field
from website.core.models import Topic
from website.core.pages import paginate, with_images
from website.core.translation import page_translatable_fields

ARTICLES_PER_PAGE = 12


class ArticleIndexPage(Page):
    """Educational articles, filterable by topic."""

    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["articles.ArticlePage"]
    translatable_fields = page_translatable_fields(translated=["intro"])
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("article index")
        verbose_name_plural = _("article indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(Topic.objects.filter(locale_id=self.locale_id))
        articles = with_images(
            ArticlePage.objects.child_of(self).live().public().order_by("-first_published_at", "-pk"), "image"
        ).prefetch_related("topics")
        current_topic = next((t for t in topics if t.slug == request.GET.get("topic")), None)
        if current_topic is not None:
            articles = articles.filter(topics__translation_key=current_topic.translation_key).distinct()
        page_of_articles = paginate(request, articles, ARTICLES_PER_PAGE)
        for article in page_of_articles:
            article.topic_list = localized_topics(article.topics.all(), topics)
        context.update(topics=topics, current_topic=current_topic, articles=page_of_articles)
        return context


class ArticlePage(Page):
    summary = models.TextField(_("summary"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = alt_text_field()
    topics = ParentalManyToManyField("core.Topic", blank=True, verbose_name=_("topics"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []
    translatable_fields = page_translatable_fields(
        translated=["summary", "image_alt", "body"], synchronized=["image", "topics"]
    )
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = Topic.objects.filter(locale_id=self.locale_id)
        context["topic_list"] = localized_topics(self.topics.all(), topics)
        context["index_page"] = self.get_parent()
        return context


def localized_topics(topics, topics_in_locale):
    """Show an article's topics in the page's language, whichever language's topic an editor picked."""
    by_key = {topic.translation_key: topic for topic in topics_in_locale}
    return [by_key.get(topic.translation_key, topic) for topic in topics]
