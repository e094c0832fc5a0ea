from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.core.blocks import BaseStreamBlock
from website.core.pages import paginate
from website.core.translation import page_translatable_fields

STORIES_PER_PAGE = 12


class StoryIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1
    translatable_fields = page_translatable_fields(translated=["intro"])
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("story index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = StoryPage.objects.child_of(self).live().public().filter(consent_confirmed=True)
        context["stories"] = paginate(request, stories.order_by("-date", "-pk"), STORIES_PER_PAGE)
        return context


class StoryPage(Page):
    """A participant's own account, published with their consent after an editor's review."""

    date = models.DateField(_("date"), default=timezone.localdate)
    author_name = models.CharField(
        _("signed as"), max_length=150, blank=True, help_text=_("Leave empty to publish anonymously.")
    )
    excerpt = models.TextField(_("excerpt"), max_length=400)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("story"))
    consent_confirmed = models.BooleanField(
        _("the author agreed to publication"),
        default=False,
        help_text=_("Publish only with the author's consent, in the form (named or anonymous) they chose."),
    )

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    translatable_fields = page_translatable_fields(
        translated=["excerpt", "body"], synchronized=["date", "author_name", "consent_confirmed"]
    )
    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("author_name"),
        FieldPanel("excerpt"),
        FieldPanel("body"),
        FieldPanel("consent_confirmed"),
    ]
    search_fields = Page.search_fields + [index.SearchField("excerpt"), index.SearchField("body")]

    class Meta:
        verbose_name = _("story")

    def serve(self, request, *args, **kwargs):
        """A story without the author's consent is never shown publicly, even if published by mistake."""
        if not self.consent_confirmed and not getattr(request, "is_preview", False):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.consent_confirmed else []
