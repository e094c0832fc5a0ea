from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from events.admin.filters import RegistrationFilterSet, ReminderFilterSet, WaitingListFilterSet
from events.admin.permissions import FeedbackPermissionPolicy
from events.admin.reports import AttendanceViewSet, ReportViewSet
from events.admin.review_actions import review_action_urls
from events.admin.views import (
    ArchiveFeedbackView,
    FeedbackIndexView,
    FeedbackInspectView,
    RegistrationIndexView,
    RegistrationInspectView,
    WaitingListIndexView,
)
from events.models import Feedback, Registration, SentReminder
from website.core.admin import READ_ONLY, StaffPermissionPolicy


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
            *review_action_urls(),
        ]


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
