"""The "Learning" admin menu: orders, payments, vouchers, enrolments, cohorts, certificates and a report.

Every view here is for staff only, whatever model permissions a trainer's group may hold.
Exports of personal data leave an audit entry.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem
from wagtail.log_actions import log
from wagtail.permission_policies.base import ModelPermissionPolicy

from learning.log_actions import (
    FREE_ENROLMENT,
    VOUCHER_CREATED,
    log_enrolment,
    register_learning_log_actions,
)
from learning.models import Certificate, Cohort, Enrolment, Order, Payment, Voucher
from learning.models.pages import CURRENCIES, canonical_courses
from learning.services import personal_data, retention
from learning.services.certificates import revoke_certificate
from learning.services.orders import CheckoutError, IllegalTransition
from learning.services.payments import PaymentRejected, RefundError, confirm_bank_transfer, refund_order
from learning.services.reports import monthly_course_report, report_as_csv
from learning.services.vouchers import uses_count
from website.core.admin_views import AdminPageMixin
from website.core.audit import record

READ_ONLY = ("add", "change", "delete")


class StaffPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, for staff only; `denied_actions` are refused to everyone (e.g. editing orders)."""

    def __init__(self, model, denied_actions=()):
        super().__init__(model)
        self.denied_actions = set(denied_actions)

    def user_has_permission(self, user, action):
        return (
            user.is_staff and action not in self.denied_actions and super().user_has_permission(user, action)
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AuditedIndexView(IndexView):
    """A listing whose CSV/XLSX exports are recorded in the audit log (who, what, when; not the values)."""

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            record(
                self.request.user,
                "export",
                object_type=self.model._meta.label,
                detail=f"{self.request.GET.get('export')}, {len(context['object_list'])} rows",
            )
        return super().render_to_response(context, **response_kwargs)


class StaffHistoryView(HistoryView):
    """An object's History, also for staff who may only view it (orders and payments are never edited here)."""

    any_permission_required = ["add", "change", "delete", "view"]


class LearningModelViewSet(ModelViewSet):
    index_view_class = AuditedIndexView
    history_view_class = StaffHistoryView
    denied_actions = ()
    copy_view_enabled = False
    list_per_page = 50

    @cached_property
    def permission_policy(self):
        return StaffPermissionPolicy(self.model, self.denied_actions)


def require_staff_permission(user, permission):
    if not (user.is_staff and user.has_perm(permission)):
        raise PermissionDenied


class OrderIndexView(AuditedIndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not self.request.user.has_perm("learning.change_order"):
            return buttons
        if instance.status == Order.Status.PENDING:
            buttons.append(
                MenuItem(
                    _("Confirm bank transfer"),
                    url=reverse("learning_orders:confirm_transfer", args=[instance.pk]),
                    icon_name="success",
                    priority=40,
                )
            )
        if instance.status in (Order.Status.PAID, Order.Status.ENROLLED):
            buttons.append(
                MenuItem(
                    _("Refund"),
                    url=reverse("learning_orders:refund", args=[instance.pk]),
                    icon_name="rotate",
                    priority=50,
                )
            )
        return buttons


class ConfirmTransferForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount received"), max_digits=9, decimal_places=2, min_value=0)
    currency = forms.ChoiceField(label=_("Currency"), choices=CURRENCIES)
    bank_reference = forms.CharField(
        label=_("Bank reference"),
        max_length=255,
        required=False,
        help_text=_("As shown on the bank statement."),
    )


class RefundForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class OrderActionView(AdminPageMixin, FormView):
    """A staff action on one order, run through the payment services (same rules as everywhere)."""

    template_name = "learning/admin/order_action.html"
    header_icon = "form"

    def dispatch(self, request, pk):
        require_staff_permission(request.user, "learning.change_order")
        self.order = get_object_or_404(Order.objects.select_related("course", "user"), pk=pk)
        return super().dispatch(request, pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            order=self.order,
            action_url=self.request.path,
            submit_button_label=self.submit_button_label,
            **kwargs,
        )

    def get_page_subtitle(self):
        return str(self.order)

    def form_valid(self, form):
        try:
            self.perform(form.cleaned_data)
        except (IllegalTransition, CheckoutError, RefundError) as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        except PaymentRejected:
            form.add_error(None, _("The amount or currency does not match the order. Nothing was changed."))
            return self.form_invalid(form)
        messages.success(self.request, self.success_message % {"order": self.order.reference})
        return redirect("learning_orders:index")


class ConfirmTransferView(OrderActionView):
    form_class = ConfirmTransferForm
    page_title = _("Confirm bank transfer")
    submit_button_label = _("Confirm payment and enrol")
    success_message = _("Order %(order)s is paid; the learner is enrolled.")

    def get_initial(self):
        return {"amount": self.order.total, "currency": self.order.currency}

    def perform(self, data):
        confirm_bank_transfer(
            self.order, self.request.user, data["amount"], data["currency"], data["bank_reference"]
        )


class RefundView(OrderActionView):
    form_class = RefundForm
    page_title = _("Refund order")
    submit_button_label = _("Refund and revoke access")
    success_message = _("Order %(order)s is refunded; the learner's access has ended.")

    def perform(self, data):
        refund_order(self.order, self.request.user, data["reason"])


def courses_to_choose(request=None):
    """One entry per course (its first-created page), not one per translation."""
    return canonical_courses().order_by("title")


class OrderFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(label=_("Course"), queryset=courses_to_choose)

    class Meta:
        model = Order
        fields = ["status", "course", "method", "voucher"]


class OrderViewSet(LearningModelViewSet):
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


class PaymentViewSet(LearningModelViewSet):
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


class VoucherFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(label=_("Course"), queryset=courses_to_choose)

    class Meta:
        model = Voucher
        fields = ["course", "percent_off"]


class VoucherIndexView(AuditedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course").annotate(used=uses_count())


def orders_with_voucher_url(voucher):
    return f"{reverse('learning_orders:index')}?{urlencode({'voucher': voucher.pk})}"


class VoucherCreateView(CreateView):
    def save_instance(self):
        voucher = self.form.save()
        log(instance=voucher, action=VOUCHER_CREATED, content_changed=True)
        return voucher


class VoucherViewSet(LearningModelViewSet):
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


class EnrolmentCreateView(CreateView):
    """Staff enrol someone by hand, free of charge: logged without the learner's name."""

    def save_instance(self):
        enrolment = self.form.save()
        log_enrolment(enrolment, FREE_ENROLMENT, content_changed=True)
        return enrolment


class EnrolmentEditView(EditView):
    def save_instance(self):
        enrolment = self.form.save()
        self.has_content_changes = self.form.has_changed()
        log_enrolment(enrolment, "wagtail.edit", content_changed=self.has_content_changes)
        return enrolment


class EnrolmentDeleteView(DeleteView):
    def delete_action(self):
        with transaction.atomic():
            log_enrolment(self.object, "wagtail.delete")
            self.object.delete()


class EnrolmentViewSet(LearningModelViewSet):
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


class CohortViewSet(LearningModelViewSet):
    model = Cohort
    icon = "group"
    form_fields = ["course", "title", "city", "starts_on", "ends_on", "trainers"]
    list_display = ["title", "course", "city", "starts_on", "ends_on"]
    list_filter = ["city", "course"]
    search_fields = ["title"]
    list_export = ["title", "course", "city", "starts_on", "ends_on"]
    export_filename = "cohorts"


class CertificateIndexView(AuditedIndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.revoked_at is None and self.request.user.has_perm("learning.change_certificate"):
            buttons.append(
                MenuItem(
                    _("Revoke"),
                    url=reverse("learning_certificates:revoke", args=[instance.pk]),
                    icon_name="cross",
                    priority=40,
                )
            )
        return buttons


class RevokeCertificateView(AdminPageMixin, TemplateView):
    """Confirm, then mark a certificate revoked: its public check then says it is no longer valid."""

    template_name = "learning/admin/certificate_revoke.html"
    page_title = _("Revoke certificate")
    header_icon = "cross"

    def dispatch(self, request, pk):
        require_staff_permission(request.user, "learning.change_certificate")
        self.certificate = get_object_or_404(Certificate, pk=pk)
        return super().dispatch(request, pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(certificate=self.certificate, **kwargs)

    def post(self, request, pk):
        revoke_certificate(self.certificate)
        record(request.user, "certificate.revoke", self.certificate)
        messages.success(request, _("Certificate %(code)s is revoked.") % {"code": self.certificate.code})
        return redirect("learning_certificates:index")


class CertificateViewSet(LearningModelViewSet):
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


class CourseReportView(AdminPageMixin, TemplateView):
    """Enrolments, completions and revenue per course per month; ?export=csv downloads it."""

    template_name = "learning/admin/course_report.html"
    page_title = _("Course report")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        require_staff_permission(request.user, "learning.view_order")
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
        from wagtail.admin.menu import MenuItem as AdminMenuItem

        def is_shown(_item, request):
            return request.user.is_staff and request.user.has_perm("learning.view_order")

        return type("CourseReportMenuItem", (AdminMenuItem,), {"is_shown": is_shown})

    def get_urlpatterns(self):
        return [path("", CourseReportView.as_view(), name="index")]


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


@hooks.register("register_admin_viewset")
def register_learning_admin():
    return LearningViewSetGroup()


hooks.register("register_log_actions", register_learning_log_actions)


@hooks.register("register_personal_data")
def register_learning_personal_data():
    return personal_data.personal_data_sources()


@hooks.register("register_retention_rule")
def register_learning_retention():
    return retention.retention_rules()
