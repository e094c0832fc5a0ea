from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic import CreateView, DeleteView, EditView
from wagtail.admin.widgets.button import MenuItem
from wagtail.log_actions import log

from learning.admin.forms import ConfirmTransferForm, RefundForm
from learning.log_actions import FREE_ENROLMENT, VOUCHER_CREATED, log_enrolment
from learning.models import Certificate, Order
from learning.services.certificates import revoke_certificate
from learning.services.orders import CheckoutError, IllegalTransition
from learning.services.payments import PaymentRejected, RefundError, confirm_bank_transfer, refund_order
from learning.services.vouchers import uses_count
from website.core.admin import AuditedIndexView, require_staff_permission
from website.core.admin_views import AdminPageMixin
from website.core.audit import record


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


class VoucherIndexView(AuditedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course").annotate(used=uses_count())


class VoucherCreateView(CreateView):
    def save_instance(self):
        voucher = self.form.save()
        log(instance=voucher, action=VOUCHER_CREATED, content_changed=True)
        return voucher


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
