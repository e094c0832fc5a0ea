"""The "Events" admin menu: registrations, the waiting list, attendance, the reminder log and a report.

Registrations and the waiting list hold personal data: only staff whose group grants
`events.view_registration` see them (Administrators do; Editors do not), and every listing, export and
inspection leaves an audit entry. Attendance and the report are counts only, for every staff member.
Organisers are not given these permissions: they see their own events' people on the site's organiser pages.

The feedback moderation queue lets editors read participants' feedback (each opening of a text is
audited), archive it, or turn feedback whose author agreed to publication into a draft story.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.admin.widgets.button import MenuItem as ButtonMenuItem
from wagtail.models import Page
from wagtail.permission_policies.base import ModelPermissionPolicy

from events.models import (
    Feedback,
    FeedbackStatus,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    ReminderKind,
    SentReminder,
)
from events.services import feedback as feedback_service
from events.services import personal_data, retention
from events.services.organisers import WAITING_STATUSES, canonical_events
from events.services.reports import event_report, report_table
from learning.wagtail_hooks import READ_ONLY, AuditedIndexView, StaffPermissionPolicy
from website.core.admin_views import AdminPageMixin
from website.core.audit import record
from website.core.dashboard import add_waiting_work_panel
from website.core.spreadsheets import csv_download
from website.stories.models import PUBLISH_NEEDS_CONSENT, hidden_stories

COUNTS_PERMISSION = "wagtailadmin.access_admin"


def events_to_choose(request):
    return canonical_events().order_by("-starts_at", "pk")


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(label=_("Event"), queryset=events_to_choose)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)
    source = django_filters.ChoiceFilter(label=_("Source"), choices=RegistrationSource.choices)
    checked_in = django_filters.BooleanFilter(
        label=_("Checked in"), field_name="checked_in_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Registration
        fields = ["event", "status", "source", "checked_in"]


class WaitingListFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(label=_("Event"), queryset=events_to_choose)

    class Meta:
        model = Registration
        fields = ["event"]


class ReminderFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(label=_("Event"), queryset=events_to_choose)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ReminderKind.choices)

    class Meta:
        model = SentReminder
        fields = ["event", "kind"]


class RegistrationIndexView(AuditedIndexView):
    """Each look at a registrations listing leaves an audit entry (who, how many rows; never the values)."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")

    def render_to_response(self, context, **response_kwargs):
        if not self.is_export:
            record(
                self.request.user,
                "registrations.view",
                object_type=Registration._meta.label,
                detail=f"{len(context['object_list'])} rows",
            )
        return super().render_to_response(context, **response_kwargs)


class WaitingListIndexView(RegistrationIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(status__in=WAITING_STATUSES)


class RegistrationInspectView(InspectView):
    def get_context_data(self, **kwargs):
        record(self.request.user, "registration.inspect", self.object)
        return super().get_context_data(**kwargs)


class ReadOnlyViewSet(ModelViewSet):
    """A listing staff may look at (with the model's view permission) but never change here."""

    copy_view_enabled = False
    form_fields = []
    list_per_page = 50

    @cached_property
    def permission_policy(self):
        return StaffPermissionPolicy(self.model, READ_ONLY)


class RegistrationViewSet(ReadOnlyViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    index_view_class = RegistrationIndexView
    inspect_view_class = RegistrationInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "event",
        "name",
        "email",
        "language",
        "status",
        "source",
        "code",
        "created_at",
        "confirmed_at",
        "waiting_since",
        "offer_expires_at",
        "cancelled_at",
        "checked_in_at",
    ]
    filterset_class = RegistrationFilterSet
    list_display = ["name", "event", "status", "source", "created_at", "checked_in_at"]
    search_fields = ["name", "email", "code"]
    list_export = [
        "event.title",
        "name",
        "email",
        "language",
        "status",
        "source",
        "created_at",
        "checked_in_at",
    ]
    export_headings = {"event.title": _("Event")}
    export_filename = "registrations"
    ordering = ["-created_at"]


class WaitingListViewSet(RegistrationViewSet):
    menu_label = _("Waiting list")
    icon = "time"
    index_view_class = WaitingListIndexView
    filterset_class = WaitingListFilterSet
    list_display = ["name", "event", "status", "waiting_since", "offer_expires_at"]
    list_export = ["event.title", "name", "email", "status", "waiting_since", "offer_expires_at"]
    export_filename = "waiting-list"
    ordering = ["event", "waiting_since", "pk"]


def recipient_type(reminder):
    return _("Registration") if reminder.registration_id else _("Course learner")


class ReminderLogViewSet(ReadOnlyViewSet):
    """Which messages were queued for which event, when: markers only, no names or addresses."""

    model = SentReminder
    icon = "mail"
    menu_label = _("Reminder log")
    filterset_class = ReminderFilterSet
    inspect_view_enabled = True
    inspect_view_fields = ["event", "kind", "scheduled_for", "queued_at"]
    list_display = [
        "event",
        "kind",
        "scheduled_for",
        "queued_at",
        Column("recipient", label=_("Recipient"), accessor=recipient_type),
    ]
    ordering = ["-queued_at"]


def staff_with(permission):
    """A menu item class shown only to staff holding `permission`."""

    def is_shown(_item, request):
        return request.user.is_staff and request.user.has_perm(permission)

    return type("StaffMenuItem", (MenuItem,), {"is_shown": is_shown})


class CountsView(AdminPageMixin, TemplateView):
    """A staff page of counts (no personal data)."""

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_staff and request.user.has_perm(COUNTS_PERMISSION)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class AttendanceView(CountsView):
    template_name = "events/admin/attendance.html"
    page_title = _("Attendance")
    header_icon = "tick"

    def get_context_data(self, **kwargs):
        return super().get_context_data(rows=event_report().events, **kwargs)


class ReportView(CountsView):
    """Registrations and attendance per event, city and month; ?export=csv downloads it."""

    template_name = "events/admin/report.html"
    page_title = _("Events report")
    header_icon = "table"

    def get(self, request, *args, **kwargs):
        report = event_report()
        if request.GET.get("export") == "csv":
            return csv_download("events-report.csv", report_table(report))
        return self.render_to_response(self.get_context_data(report=report))


class CountsViewSet(ViewSet):
    view_class = None

    @cached_property
    def menu_item_class(self):
        return staff_with(COUNTS_PERMISSION)

    def get_urlpatterns(self):
        return [path("", self.view_class.as_view(), name="index")]


class AttendanceViewSet(CountsViewSet):
    name = "events_attendance"
    icon = "tick"
    menu_label = _("Attendance")
    view_class = AttendanceView


class ReportViewSet(CountsViewSet):
    name = "events_report"
    icon = "table"
    menu_label = _("Events report")
    view_class = ReportView


MODERATE_FEEDBACK = "events.change_feedback"


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """Feedback is only read and reviewed in the admin: nobody adds, edits or deletes it there."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_staff and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def may_moderate(user):
    return user.is_staff and user.has_perm(MODERATE_FEEDBACK)


def review_buttons(feedback, user, button_class):
    """Archive and "turn into a story" for feedback still to review, for people who may moderate."""
    if feedback.status != FeedbackStatus.NEW or not may_moderate(user):
        return []
    buttons = []
    if feedback.may_be_published:
        buttons.append(
            button_class(
                _("Turn into a story"),
                url=reverse("events_feedback:story", args=[feedback.pk]),
                icon_name="openquote",
                priority=40,
            )
        )
    buttons.append(
        button_class(
            _("Archive"),
            url=reverse("events_feedback:archive", args=[feedback.pk]),
            icon_name="folder-inverse",
            priority=50,
        )
    )
    return buttons


class FeedbackIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")

    def get_list_more_buttons(self, instance):
        return super().get_list_more_buttons(instance) + review_buttons(
            instance, self.request.user, ButtonMenuItem
        )


class FeedbackInspectView(InspectView):
    """One feedback with its text; opening it leaves an audit entry, since the text may be personal."""

    def get(self, request, *args, **kwargs):
        feedback_service.view_feedback(self.object, request.user)
        return super().get(request, *args, **kwargs)

    @cached_property
    def header_more_buttons(self):
        return super().header_more_buttons + review_buttons(self.object, self.request.user, Button)

    def get_text_display_value(self):
        return linebreaks_filter(self.object.text, autoescape=True)

    def get_story_display_value(self):
        story = self.object.story
        if story is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[story.pk]), story.title
        )


class FeedbackActionMixin(AdminPageMixin):
    """A review action on one feedback: staff with the moderation permission only."""

    header_icon = "openquote"

    def dispatch(self, request, pk):
        if not may_moderate(request.user):
            raise PermissionDenied
        self.feedback = get_object_or_404(Feedback.objects.select_related("event"), pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.feedback)

    def get_context_data(self, **kwargs):
        return super().get_context_data(feedback=self.feedback, **kwargs)


class ArchiveFeedbackView(FeedbackActionMixin, TemplateView):
    template_name = "events/admin/feedback_archive.html"
    page_title = _("Archive feedback")

    def post(self, request, pk):
        try:
            feedback_service.archive_feedback(self.feedback, request.user)
        except feedback_service.FeedbackError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The feedback is archived."))
        return redirect("events_feedback:index")


class StoryQuoteForm(forms.Form):
    quote = forms.CharField(
        label=_("Quote"),
        max_length=feedback_service.QUOTE_LENGTH,
        required=False,
        help_text=_(
            "A short sentence from the feedback, shown large on the story. Leave empty for its first sentence."
        ),
    )


class TurnIntoStoryView(FeedbackActionMixin, FormView):
    """Make a draft story from consented feedback, then open it for editing (photo, text, publishing)."""

    template_name = "events/admin/feedback_to_story.html"
    page_title = _("Turn feedback into a story")
    form_class = StoryQuoteForm

    def get(self, request, *args, **kwargs):
        feedback_service.view_feedback(self.feedback, request.user)
        return super().get(request, *args, **kwargs)

    def get_initial(self):
        return {"quote": feedback_service.first_sentence(self.feedback.text)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=self.request.path, submit_button_label=_("Make a draft story"), **kwargs
        )

    def form_valid(self, form):
        try:
            story = feedback_service.turn_into_story(
                self.feedback, self.request.user, form.cleaned_data["quote"]
            )
        except feedback_service.FeedbackError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "A draft story is ready. Add a photo if the author agreed to one, check the text and publish it."
            ),
        )
        return redirect("wagtailadmin_pages:edit", story.pk)


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    icon = "openquote"
    menu_label = _("Feedback to review")
    index_view_class = FeedbackIndexView
    inspect_view_class = FeedbackInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []
    list_display = ["event", "rating", "consent", "status", "created_at"]
    list_filter = ["status", "consent", "rating"]
    list_per_page = 50
    ordering = ["-created_at"]
    inspect_view_fields = [
        "event",
        "rating",
        "consent",
        "display_name",
        "language",
        "status",
        "created_at",
        "reviewed_by",
        "reviewed_at",
        "story",
        "text",
    ]

    @cached_property
    def permission_policy(self):
        return FeedbackPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/archive/", ArchiveFeedbackView.as_view(), name="archive"),
            path("<int:pk>/story/", TurnIntoStoryView.as_view(), name="story"),
        ]


@hooks.register("before_bulk_action")
def refuse_publishing_stories_without_consent(request, action_type, objects, action):
    """Bulk publishing must not put a story without its author's consent online; say so instead of failing."""
    pages = [page for page in objects if isinstance(page, Page)]
    if action_type != "publish" or not pages:
        return None
    selected = Q(pk__in=[page.pk for page in pages])
    if action.get_execution_context().get("include_descendants"):
        for page in pages:
            selected |= Q(path__startswith=page.path, live=False)
    if hidden_stories().filter(selected).exists():
        messages.error(request, PUBLISH_NEEDS_CONSENT)
        return redirect(action.next_url)
    return None


class EventsViewSetGroup(ViewSetGroup):
    menu_label = _("Events")
    menu_icon = "date"
    menu_order = 260
    items = (
        RegistrationViewSet("events_registrations"),
        WaitingListViewSet("events_waiting_list"),
        AttendanceViewSet(),
        ReminderLogViewSet("events_reminders"),
        ReportViewSet(),
        FeedbackViewSet("events_feedback"),
    )


@hooks.register("register_admin_viewset")
def register_events_admin():
    return EventsViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_feedback_to_review_panel(request, panels):
    if not may_moderate(request.user):
        return
    count = feedback_service.count_to_review()
    add_waiting_work_panel(
        panels,
        name="feedback_to_review",
        heading=_("Feedback to review"),
        count_text=ngettext(
            "%(count)s feedback response waits for your review",
            "%(count)s feedback responses wait for your review",
            count,
        )
        % {"count": count},
        count=count,
        url=reverse("events_feedback:index") + f"?status={FeedbackStatus.NEW}",
    )


@hooks.register("register_personal_data")
def register_events_personal_data():
    return personal_data.personal_data_sources()


@hooks.register("register_retention_rule")
def register_events_retention():
    return retention.retention_rules()
