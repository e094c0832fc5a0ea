"""The course tree: CourseIndexPage (catalogue) → CoursePage → ModulePage → LessonPage."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from website.core.blocks import BaseStreamBlock
from website.core.images import alt_text_field
from website.core.page_views import PageViews
from website.core.people import trainer_choices
from website.core.translation import page_translatable_fields

CURRENCIES = [("EUR", "EUR"), ("KGS", "KGS"), ("USD", "USD")]


class CourseFormat(models.TextChoices):
    SELF_PACED = "self_paced", _("Self-paced online")
    TOT_BLENDED = "tot_blended", _("ToT blended")
    WEBINAR_SERIES = "webinar_series", _("Webinar series")


def canonical_courses():
    """Every course once: the first-created page among each course's translations."""
    first = CoursePage.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk").values("pk")
    return CoursePage.objects.filter(pk=Subquery(first[:1]))


class CourseIndexPage(PageViews, Page):
    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["learning.CoursePage"]
    max_count_per_parent = 1
    translatable_fields = page_translatable_fields(translated=["intro"])
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.view("context")(request, self))
        return context


class CoursePage(PageViews, RoutablePageMixin, Page):
    summary = models.TextField(_("summary"))
    audience = models.TextField(_("who it is for"), blank=True)
    description = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = alt_text_field()
    format = models.CharField(
        _("format"), max_length=20, choices=CourseFormat.choices, default=CourseFormat.SELF_PACED
    )
    topics = ParentalManyToManyField("core.Topic", blank=True, verbose_name=_("topics"))
    price = models.DecimalField(
        _("price"),
        max_digits=9,
        decimal_places=2,
        default=Decimal("0.00"),
        validators=[MinValueValidator(Decimal("0.00"))],
        help_text=_("0 for a free course."),
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="EUR")
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        limit_choices_to=trainer_choices,
        related_name="trained_courses",
        verbose_name=_("trainers"),
        help_text=_("Members of the Trainers group."),
    )
    featured = models.BooleanField(_("feature on the home page"), default=False)

    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types = ["learning.ModulePage"]
    translatable_fields = page_translatable_fields(
        translated=["summary", "audience", "image_alt", "description"],
        synchronized=["image", "format", "topics", "price", "currency", "trainers", "featured"],
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("format"), FieldPanel("topics"), FieldPanel("price"), FieldPanel("currency")],
            heading=_("Catalogue"),
        ),
        FieldPanel("trainers"),
        FieldPanel("featured"),
    ]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def is_free(self):
        return self.price == 0

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.view("context")(request, self))
        return context

    @path("enrol/", name="enrol")
    def enrol(self, request):
        return self.view("enrol")(request, self)


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=500)
    multiple = blocks.BooleanBlock(
        label=_("Several answers are correct"),
        required=False,
        help_text=_("Learners tick every correct answer."),
    )
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, label=_("Answers"))
    explanation = blocks.TextBlock(label=_("Explanation shown after grading"), required=False)

    class Meta:
        icon = "help"


class ModulePage(PageViews, RoutablePageMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    release_at = models.DateTimeField(
        _("opens on"), null=True, blank=True, help_text=_("Leave empty to open the module at once.")
    )
    quiz = StreamField([("question", QuestionBlock(label=_("Question")))], blank=True, verbose_name=_("quiz"))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, validators=[MinValueValidator(1)]
    )

    parent_page_types = ["learning.CoursePage"]
    subpage_types = ["learning.LessonPage"]
    translatable_fields = page_translatable_fields(
        translated=["summary", "quiz"], synchronized=["release_at", "pass_mark", "max_attempts"]
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("release_at"),
        MultiFieldPanel(
            [FieldPanel("pass_mark"), FieldPanel("max_attempts"), FieldPanel("quiz")], heading=_("Quiz")
        ),
    ]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def is_released(self, now=None):
        return self.release_at is None or self.release_at <= (now or timezone.now())

    @property
    def has_quiz(self):
        return len(self.quiz) > 0

    def get_sitemap_urls(self, request=None):
        """Left out of the sitemap: only enrolled learners open it, a visitor is sent to the course."""
        return []

    def serve(self, request, view=None, args=None, kwargs=None):
        """Lessons and the quiz are for enrolled learners; a locked module opens only to staff and trainers.
        The module itself, that is (its own route or a preview): its other routes check access themselves."""
        if view in (None, self.index_route) and (refusal := self.view("refusal")(request, self)):
            return refusal
        return super().serve(request, view, args, kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.view("context")(request, self))
        return context

    @path("quiz/", name="quiz")
    def submit_quiz(self, request):
        return self.view("submit_quiz")(request, self)

    @path("quiz/attempts/<int:pk>/", name="quiz_attempt")
    def quiz_attempt(self, request, pk):
        return self.view("quiz_attempt")(request, self, pk)


class LessonPage(PageViews, RoutablePageMixin, Page):
    body = StreamField(BaseStreamBlock(), verbose_name=_("lesson"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), null=True, blank=True)

    parent_page_types = ["learning.ModulePage"]
    subpage_types = []
    translatable_fields = page_translatable_fields(translated=["body"], synchronized=["duration_minutes"])

    content_panels = Page.content_panels + [FieldPanel("duration_minutes"), FieldPanel("body")]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_sitemap_urls(self, request=None):
        """Left out of the sitemap: only enrolled learners open it, a visitor is sent to the course."""
        return []

    def serve(self, request, view=None, args=None, kwargs=None):
        """Only learners with access see the lesson; everyone else lands on the course page and its enrol button.
        The lesson itself, that is (its own route or a preview): its "done" route checks access itself."""
        if view in (None, self.index_route) and (refusal := self.view("refusal")(request, self)):
            return refusal
        return super().serve(request, view, args, kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.view("context")(request, self))
        return context

    @path("done/", name="done")
    def mark_done(self, request):
        return self.view("mark_done")(request, self)
