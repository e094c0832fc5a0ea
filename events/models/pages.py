"""Event pages: EventIndexPage (upcoming, calendar, past) → EventPage (one event, its sign-up form)."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.core.blocks import BaseStreamBlock
from website.core.images import alt_text_field
from website.core.page_views import PageViews
from website.core.people import trainer_choices
from website.core.places import City
from website.core.translation import page_translatable_fields

DEFAULT_REMINDER_HOURS = "24, 2"
MAX_REMINDER_HOURS = 24 * 60


class EventType(models.TextChoices):
    HUMAN_RIGHTS_DAY = "human_rights_day", _("Human Rights Day activity")
    TRAINING = "training", _("Training")
    WEBINAR = "webinar", _("Webinar")
    SCREENING = "screening", _("Screening")
    COMPETITION = "competition", _("Competition")
    CONFERENCE = "conference", _("Conference")


class QuestionBlock(blocks.StructBlock):
    """An optional question an editor adds to an event's sign-up form, with the reason it is asked."""

    question = blocks.CharBlock(label=_("Question"), max_length=200)
    why = blocks.CharBlock(
        label=_("Why we ask"), max_length=300, help_text=_("Shown under the question on the sign-up form.")
    )

    class Meta:
        icon = "help"


def parse_reminder_hours(value):
    """'24, 2' → [24, 2]: whole hours before the start, largest first; ValueError on anything else."""
    parts = [part.strip() for part in (value or "").split(",") if part.strip()]
    hours = sorted({int(part) for part in parts}, reverse=True)
    if any(hour <= 0 or hour > MAX_REMINDER_HOURS for hour in hours):
        raise ValueError(value)
    return hours


def validate_reminder_hours(value):
    try:
        parse_reminder_hours(value)
    except ValueError as error:
        raise ValidationError(
            _("Write whole hours before the start, separated by commas, for example “24, 2”.")
        ) from error


class EventIndexPage(PageViews, RoutablePageMixin, Page):
    """Upcoming events (filterable), a month calendar, past events and an iCal feed, all in the page's language."""

    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    # A site without a navigation menu lists the home page's children shown in menus: events among them.
    show_in_menus_default = True
    translatable_fields = page_translatable_fields(translated=["intro"])
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    @path("", name="upcoming")
    def upcoming(self, request):
        return self.view("upcoming")(request, self)

    @path("past/", name="past")
    def past(self, request):
        return self.view("past")(request, self)

    @path("calendar/", name="calendar")
    def this_month(self, request):
        today = timezone.localdate()
        return self.view("month")(request, self, today.year, today.month)

    @path("calendar/<int:year>/<int:month>/", name="month")
    def month(self, request, year, month):
        return self.view("month")(request, self, year, month)

    @path("feed/", name="feed")
    def feed(self, request):
        return self.view("feed")(request, self)


class EventPage(PageViews, RoutablePageMixin, Page):
    """One event. Registrations point at the first-created translation, so seats are shared by all languages."""

    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    city = models.CharField(_("city"), max_length=20, choices=City.choices)
    venue = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("Shown to everyone, e.g. “Bishkek, city centre”. Leave empty for an online event."),
    )
    address = models.TextField(
        _("exact address"), blank=True, help_text=_("Shown only to people whose registration is confirmed.")
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Shown only to people whose registration is confirmed.")
    )
    event_language = models.CharField(_("language of the event"), max_length=8, choices=settings.LANGUAGES)
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = alt_text_field()
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    registration_open = models.BooleanField(_("registration open"), default=True)
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When all seats are taken, new sign-ups wait for a seat."),
    )
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    offer_hours = models.PositiveSmallIntegerField(
        _("hours to accept a freed seat"), default=24, validators=[MinValueValidator(1)]
    )
    reminder_hours = models.CharField(
        _("reminders (hours before the start)"),
        max_length=50,
        default=DEFAULT_REMINDER_HOURS,
        blank=True,
        validators=[validate_reminder_hours],
        help_text=_("Comma-separated, e.g. “24, 2”. Leave empty for no reminders."),
    )
    questions = StreamField(
        [("question", QuestionBlock(label=_("Question")))], blank=True, verbose_name=_("optional questions")
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("course"),
        help_text=_("For a webinar of a course: its enrolled learners get the reminders too."),
    )
    organisers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        limit_choices_to=trainer_choices,
        related_name="organised_events",
        verbose_name=_("organisers"),
        help_text=_(
            "Members of the Trainers group. They see this event's participants, register people and check "
            "them in."
        ),
    )
    announced_starts_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("announced start")
    )

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    translatable_fields = page_translatable_fields(
        translated=["venue", "address", "summary", "image_alt", "body", "questions"],
        synchronized=[
            "event_type",
            "starts_at",
            "ends_at",
            "city",
            "online_url",
            "event_language",
            "image",
            "registration_open",
            "capacity",
            "waiting_list",
            "registration_deadline",
            "offer_hours",
            "reminder_hours",
            "course",
            "organisers",
        ],
    )
    content_panels = Page.content_panels + [
        FieldPanel("event_type"),
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("event_language")], heading=_("When")
        ),
        MultiFieldPanel(
            [FieldPanel("city"), FieldPanel("venue"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("registration_open"),
                FieldPanel("capacity"),
                FieldPanel("waiting_list"),
                FieldPanel("registration_deadline"),
                FieldPanel("offer_hours"),
                FieldPanel("reminder_hours"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("questions"),
        FieldPanel("course"),
        FieldPanel("organisers"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["starts_at"])]

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The event cannot end before it starts.")})
        if self.registration_deadline and self.starts_at and self.registration_deadline > self.ends_at:
            raise ValidationError(
                {"registration_deadline": _("The registration deadline must be before the event ends.")}
            )

    def with_content_json(self, content):
        """Publishing a revision keeps the start time people were last told about (it is not revision content)."""
        page = super().with_content_json(content)
        page.announced_starts_at = self.announced_starts_at
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.view("context")(request, self))
        return context

    @path("sign-up/", name="sign_up")
    def sign_up(self, request):
        return self.view("sign_up")(request, self)

    @path("cancel/", name="cancel")
    def cancel(self, request):
        return self.view("cancel")(request, self)

    @path("calendar/", name="ics")
    def ics(self, request):
        return self.view("ics")(request, self)

    @property
    def is_online(self):
        return self.city == City.ONLINE

    @property
    def reminder_offsets(self):
        """The reminder times before the start, largest first (empty when the field is invalid)."""
        try:
            return [timedelta(hours=hours) for hours in parse_reminder_hours(self.reminder_hours)]
        except ValueError:
            return []
