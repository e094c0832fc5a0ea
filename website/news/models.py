from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.core.blocks import BaseStreamBlock
from website.core.images import alt_text_field
from website.core.pages import paginate, with_images
from website.core.translation import page_translatable_fields
from website.news.feeds import NewsFeed

NEWS_PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, Page):
    """The news of one language, filterable by tag, with its own RSS feed at ``feed/``."""

    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["news.NewsPage"]
    translatable_fields = page_translatable_fields(translated=["intro"])
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news_items(self):
        """Live news under this index, newest first, ready to list without a query per item."""
        news = NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")
        return with_images(news, "image").prefetch_related("tags")

    def feed_items(self, count):
        """The newest `count` news, each with `tag_labels`: its tags' names in this index's language."""
        items = list(self.news_items()[:count])
        used_tags = {tag for item in items for tag in item.tags.all()}
        labels = {tag.pk: tag.label for tag in with_names_in(self.locale, used_tags)}
        for item in items:
            item.tag_labels = sorted(labels[tag.pk] for tag in item.tags.all())
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = self.news_items()
        tag = request.GET.get("tag", "").strip()
        if tag:
            news = news.filter(tags__slug=tag).distinct()
        context["news"] = paginate(request, news, NEWS_PER_PAGE)
        context["tags"] = with_names_in(
            self.locale,
            Tag.objects.filter(
                news_newspagetag_items__content_object__in=NewsPage.objects.child_of(self).live().public()
            ).distinct(),
        )
        context["current_tag"] = tag
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return NewsFeed(self)(request)


class TagName(TranslatableMixin, models.Model):
    """A tag's name in one language. Tags are shared by the news of every language (a tag filters by its
    slug); visitors see the name translated for their language, or the tag's own name where there is none."""

    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="+", verbose_name=_("tag"))
    name = models.CharField(_("name"), max_length=100)

    translatable_fields = [SynchronizedField("tag"), TranslatableField("name")]
    panels = [FieldPanel("tag"), FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("tag name")
        verbose_name_plural = _("tag names")

    def __str__(self):
        return self.name


def with_names_in(locale, tags):
    """`tags` as a list sorted by name, each with `label`: its name in `locale` (one query for them all)."""
    tags = list(tags)
    names = dict(
        TagName.objects.filter(locale=locale, tag__in=[tag.pk for tag in tags]).values_list("tag_id", "name")
    )
    for tag in tags:
        tag.label = names.get(tag.pk, tag.name)
    return sorted(tags, key=lambda tag: tag.label.lower())


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items", verbose_name=_("news item")
    )

    class Meta:
        verbose_name = _("news item tag")
        verbose_name_plural = _("news item tags")


class NewsPage(Page):
    date = models.DateField(_("date"), default=timezone.localdate)
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
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True)

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    translatable_fields = page_translatable_fields(
        translated=["summary", "image_alt", "body"], synchronized=["date", "image"]
    )
    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ["-date"]

    def named_tags(self):
        """The item's tags with their names in its language."""
        return with_names_in(self.locale, self.tags.all())
