from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.viewsets.base import ViewSetGroup

from learning.admin.filters import OrderFilterSet, VoucherFilterSet, courses_to_choose
from learning.admin.reports import CourseReportViewSet
from learning.admin.views import (
    CertificateIndexView,
    ConfirmTransferView,
    EnrolmentCreateView,
    EnrolmentDeleteView,
    EnrolmentEditView,
    OrderIndexView,
    RefundView,
    RevokeCertificateView,
    VoucherCreateView,
    VoucherIndexView,
)
from learning.models import Certificate, Cohort, Enrolment, Order, Payment, Voucher
from website.core.admin import READ_ONLY, StaffModelViewSet


class OrderViewSet(StaffModelViewSet):
    model = Order
    icon = "form"
    index_view_class = OrderIndexView
    denied_actions = READ_ONLY
    form_fields = []
    inspect_view_enabled = True
    list_display = ["reference", "user", "course", "total", "currency", "method", "status", "created_at"]
    filterset_class = OrderFilterSet
    search_fields = ["user__email", "user__display_name"]
    list_export = [
        "reference",
        "user.display_name",
        "user.email",
        "course.title",
        "total",
        "currency",
        "method",
        "status",
        "created_at",
        "paid_at",
        "refunded_at",
    ]
    export_filename = "orders"
    export_headings = {
        "reference": _("Order"),
        "user.display_name": _("Learner"),
        "user.email": _("Email"),
        "course.title": _("Course"),
    }
    ordering = ["-created_at"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/confirm-transfer/", ConfirmTransferView.as_view(), name="confirm_transfer"),
            path("<int:pk>/refund/", RefundView.as_view(), name="refund"),
        ]


class PaymentViewSet(StaffModelViewSet):
    model = Payment
    icon = "tasks"
    denied_actions = READ_ONLY
    form_fields = []
    inspect_view_enabled = True
    inspect_view_fields = [
        "order",
        "variant",
        "status",
        "total",
        "currency",
        "transaction_id",
        "created",
        "modified",
    ]
    list_display = ["order", "variant", "status", "total", "currency", "transaction_id", "created"]
    list_filter = ["status", "variant"]
    list_export = ["order", "variant", "status", "total", "currency", "transaction_id", "created"]
    export_filename = "payments"
    ordering = ["-created"]


def orders_with_voucher_url(voucher):
    return f"{reverse('learning_orders:index')}?{urlencode({'voucher': voucher.pk})}"


class VoucherViewSet(StaffModelViewSet):
    model = Voucher
    icon = "tag"
    index_view_class = VoucherIndexView
    add_view_class = VoucherCreateView
    filterset_class = VoucherFilterSet
    form_fields = ["code", "percent_off", "course", "valid_until", "max_uses", "note"]
    list_display = [
        "code",
        "percent_off",
        "course",
        "valid_until",
        TitleColumn(
            "used",
            label=_("Used"),
            accessor=lambda voucher: _("%(used)d of %(limit)d")
            % {"used": voucher.used, "limit": voucher.max_uses},
            get_url=orders_with_voucher_url,
        ),
        "note",
    ]
    search_fields = ["code", "note"]
    list_export = ["code", "percent_off", "course", "valid_until", "max_uses", "note", "created_at"]
    export_filename = "vouchers"

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "course":
            kwargs["queryset"] = courses_to_choose()
        return super().formfield_for_dbfield(db_field, **kwargs)


class EnrolmentViewSet(StaffModelViewSet):
    model = Enrolment
    icon = "user"
    add_view_class = EnrolmentCreateView
    edit_view_class = EnrolmentEditView
    delete_view_class = EnrolmentDeleteView
    form_fields = ["user", "course", "source", "status"]
    list_display = ["user", "course", "source", "status", "created_at", "completed_at"]
    list_filter = ["status", "source", "course"]
    search_fields = ["user__email", "user__display_name"]
    list_export = [
        "user.display_name",
        "user.email",
        "course.title",
        "source",
        "status",
        "created_at",
        "completed_at",
    ]
    export_headings = {
        "user.display_name": _("Learner"),
        "user.email": _("Email"),
        "course.title": _("Course"),
    }
    export_filename = "enrolments"
    ordering = ["-created_at"]


class CohortViewSet(StaffModelViewSet):
    model = Cohort
    icon = "group"
    form_fields = ["course", "title", "city", "starts_on", "ends_on", "trainers"]
    list_display = ["title", "course", "city", "starts_on", "ends_on"]
    list_filter = ["city", "course"]
    search_fields = ["title"]
    list_export = ["title", "course", "city", "starts_on", "ends_on"]
    export_filename = "cohorts"


class CertificateViewSet(StaffModelViewSet):
    model = Certificate
    icon = "doc-full"
    index_view_class = CertificateIndexView
    denied_actions = READ_ONLY
    form_fields = []
    inspect_view_enabled = True
    list_display = ["code", "name_on_certificate", "course_title", "language", "issued_at", "revoked_at"]
    list_filter = ["course", "language"]
    search_fields = ["code", "name_on_certificate"]
    list_export = [
        "code",
        "name_on_certificate",
        "course_title",
        "trainer_name",
        "language",
        "issued_at",
        "revoked_at",
    ]
    export_filename = "certificates"
    ordering = ["-issued_at"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/revoke/", RevokeCertificateView.as_view(), name="revoke"),
        ]


class LearningViewSetGroup(ViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "tasks"
    menu_order = 250
    items = (
        OrderViewSet("learning_orders"),
        PaymentViewSet("learning_payments"),
        VoucherViewSet("learning_vouchers"),
        EnrolmentViewSet("learning_enrolments"),
        CohortViewSet("learning_cohorts"),
        CertificateViewSet("learning_certificates"),
        CourseReportViewSet(),
    )
