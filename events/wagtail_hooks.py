"""The "Events" admin menu: registrations, the waiting list, attendance, the reminder log and a report.

Registrations and the waiting list hold personal data: only staff whose group grants
`events.view_registration` see them (Administrators do; Editors do not), and every listing, export and
inspection leaves an audit entry. Attendance and the report are counts only, for every staff member.
Organisers are not given these permissions: they see their own events' people on the site's organiser pages.

To add a page to the menu (e.g. the feedback moderation queue), add its viewset to `EventsViewSetGroup.items`.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from events.models import Registration, RegistrationSource, RegistrationStatus, ReminderKind, SentReminder
from events.services.organisers import WAITING_STATUSES, canonical_events
from events.services.reports import event_report, report_table
from learning.wagtail_hooks import READ_ONLY, AuditedIndexView, StaffPermissionPolicy
from website.core.audit import record
from website.core.spreadsheets import csv_download

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


class CountsView(WagtailAdminTemplateMixin, TemplateView):
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
    )


@hooks.register("register_admin_viewset")
def register_events_admin():
    return EventsViewSetGroup()
