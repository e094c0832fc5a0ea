from django.http import HttpResponse
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.viewsets.base import ViewSet

from learning.services.reports import monthly_course_report, report_as_csv
from website.core.admin import require_staff_permission, staff_menu_item
from website.core.admin_views import AdminPageMixin

REPORT_PERMISSION = "learning.view_order"


class CourseReportView(AdminPageMixin, TemplateView):
    """Enrolments, completions and revenue per course per month; ?export=csv downloads it."""

    template_name = "learning/admin/course_report.html"
    page_title = _("Course report")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        require_staff_permission(request.user, REPORT_PERMISSION)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        rows = monthly_course_report()
        if request.GET.get("export") == "csv":
            response = HttpResponse(report_as_csv(rows), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="course-report.csv"'
            return response
        return self.render_to_response(self.get_context_data(rows=rows))


class CourseReportViewSet(ViewSet):
    name = "learning_report"
    icon = "table"
    menu_label = _("Course report")

    @cached_property
    def menu_item_class(self):
        return staff_menu_item(REPORT_PERMISSION)

    def get_urlpatterns(self):
        return [path("", CourseReportView.as_view(), name="index")]
