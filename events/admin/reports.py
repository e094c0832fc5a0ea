from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.viewsets.base import ViewSet

from events.admin.permissions import COUNTS_PERMISSION
from events.services.reports import event_report, report_table
from website.core.admin import staff_menu_item
from website.core.admin_views import AdminPageMixin
from website.core.spreadsheets import csv_download


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
        return staff_menu_item(COUNTS_PERMISSION)

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
