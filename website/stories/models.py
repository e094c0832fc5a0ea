from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from events.models.feedback import Consent
from website.core.blocks import BaseStreamBlock
from website.core.images import alt_text_field
from website.core.pages import paginate, with_images
from website.core.translation import page_translatable_fields

STORIES_PER_PAGE = 12
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")
PUBLISH_NEEDS_CONSENT = _(
    "A story can be published only with its author's consent. Save it as a draft until they agree."
)


def hidden_stories():
    """Stories never shown publicly: no consent, or made from feedback whose author declined publication."""
    return StoryPage.objects.filter(
        models.Q(consent_confirmed=False) | models.Q(source_feedback__consent=Consent.PRIVATE)
    )


def published_stories():
    """Live, public stories whose authors agreed to publication (never one made from private feedback)."""
    return (
        StoryPage.objects.live()
        .public()
        .filter(consent_confirmed=True)
        .exclude(source_feedback__consent=Consent.PRIVATE)
    )


class StoryIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1
    translatable_fields = page_translatable_fields(translated=["intro"])
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = with_images(published_stories().child_of(self), "photo")
        context["stories"] = paginate(request, stories.order_by("-date", "-pk"), STORIES_PER_PAGE)
        return context


class StoryPageForm(WagtailAdminPageForm):
    """Asks for the author's consent before a story is published or sent for review."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            # A new story is a draft until one of its revisions is published: validate it as one.
            self.instance.live = False

    def clean(self):
        cleaned_data = super().clean()
        publishing = any(self.data.get(action) for action in PUBLISHING_ACTIONS)
        if publishing and not cleaned_data.get("consent_confirmed") and "consent_confirmed" in self.fields:
            self.add_error("consent_confirmed", PUBLISH_NEEDS_CONSENT)
        return cleaned_data


class SourceFeedbackPanel(FieldPanel):
    """The feedback a story was made from: read-only, with a link to it in the moderation queue."""

    def __init__(self, field_name="source_feedback", **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if value is None:
            return _("Not made from feedback")
        return format_html(
            '<a href="{}">{}</a> · {}',
            reverse("events_feedback:inspect", args=[value.pk]),
            value,
            value.get_consent_display(),
        )


class StoryPage(Page):
    """A participant's own account, published with their consent after an editor's review."""

    date = models.DateField(_("date"), default=timezone.localdate)
    author_name = models.CharField(
        _("signed as"), max_length=150, blank=True, help_text=_("Leave empty to publish anonymously.")
    )
    excerpt = models.TextField(_("excerpt"), max_length=400)
    quote = models.CharField(
        _("quote"),
        max_length=300,
        blank=True,
        help_text=_("One short sentence from the story, shown large on the story and on the home page."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_(
            "Only a photo the author agreed to. For an anonymous story, no one must be recognisable."
        ),
    )
    photo_alt = alt_text_field()
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("story"))
    consent_confirmed = models.BooleanField(
        _("the author agreed to publication"),
        default=False,
        help_text=_("Publish only with the author's consent, in the form (named or anonymous) they chose."),
    )
    source_feedback = models.ForeignKey(
        "events.Feedback",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        verbose_name=_("made from feedback"),
    )

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    base_form_class = StoryPageForm
    translatable_fields = page_translatable_fields(
        translated=["excerpt", "quote", "photo_alt", "body"],
        synchronized=["date", "author_name", "photo", "consent_confirmed", "source_feedback"],
    )
    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("author_name"),
        FieldPanel("excerpt"),
        FieldPanel("quote"),
        FieldPanel("photo"),
        FieldPanel("photo_alt"),
        FieldPanel("body"),
        FieldPanel("consent_confirmed"),
        SourceFeedbackPanel(),
    ]
    search_fields = Page.search_fields + [index.SearchField("excerpt"), index.SearchField("body")]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def clean(self):
        super().clean()
        self.check_authors_choice()
        if self.live and not self.consent_confirmed:
            raise ValidationError({"consent_confirmed": PUBLISH_NEEDS_CONSENT})

    def minimal_clean(self):
        """Drafts too: Wagtail validates a draft only minimally when saving it, but the author's choice holds."""
        super().minimal_clean()
        self.check_authors_choice()

    def check_authors_choice(self):
        """Private feedback never becomes a story; a story from anonymous feedback names no one."""
        feedback = self.source_feedback
        if feedback is not None and not feedback.may_be_published:
            raise ValidationError(
                _("The author of this feedback asked us not to publish it, so it cannot become a story.")
            )
        if feedback is not None and feedback.consent == Consent.ANONYMOUS and self.author_name:
            raise ValidationError({"author_name": _("The author asked to stay anonymous: leave this empty.")})

    @property
    def may_be_shown(self):
        feedback = self.source_feedback
        return self.consent_confirmed and (feedback is None or feedback.may_be_published)

    def serve(self, request, *args, **kwargs):
        """A story without the author's consent is never shown publicly, even if published by mistake."""
        if not self.may_be_shown and not getattr(request, "is_preview", False):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.may_be_shown else []
