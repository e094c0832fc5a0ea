"""A learner's order: its state, the payment step, cancellation and the receipt PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST
from payments import RedirectNeeded

from learning.models import Order, Receipt
from learning.services.checkout import cancel_order
from learning.services.orders import CheckoutError, IllegalTransition
from learning.services.payments import BANK_TRANSFER, open_payment, payable_payment
from learning.services.receipts import can_download, receipt_pdf
from website.core.audit import record
from website.core.models import SiteSettings


def learner_order(request, pk):
    return get_object_or_404(Order.objects.select_related("course", "voucher"), pk=pk, user=request.user)


@login_required
def order_detail(request, pk):
    order = learner_order(request, pk)
    payment = open_payment(order) if order.is_open else None
    context = {
        "order": order,
        "payment": payment,
        "receipt": Receipt.objects.filter(order=order).first(),
        "bank": SiteSettings.load(request_or_site=request)
        if payment and payment.variant == BANK_TRANSFER
        else None,
    }
    return render(request, "learning/order_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def order_pay(request, pk):
    """The payment step: bank-transfer details, or the provider's form (the dummy form in development)."""
    order = learner_order(request, pk)
    try:
        payment = payable_payment(order) if order.is_open else None
    except CheckoutError as error:
        messages.error(request, error.message)
        return redirect("learning:checkout", order.course_id)
    if payment is None:
        if order.is_open:
            return redirect("learning:checkout", order.course_id)
        return redirect("learning:order_detail", order.pk)
    if payment.variant == BANK_TRANSFER:
        bank = SiteSettings.load(request_or_site=request)
        return render(request, "learning/checkout_bank_transfer.html", {"order": order, "bank": bank})
    try:
        form = payment.get_form(data=request.POST or None)
    except RedirectNeeded as redirect_to:
        return redirect(str(redirect_to))
    return render(
        request, "learning/checkout_payment.html", {"order": order, "payment": payment, "form": form}
    )


@login_required
@require_POST
def order_cancel(request, pk):
    order = learner_order(request, pk)
    try:
        cancel_order(order)
    except (IllegalTransition, CheckoutError) as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your order is cancelled."))
    return HttpResponseRedirect(reverse("learning:order_detail", args=[order.pk]), status=303)


@login_required
def receipt_download(request, pk):
    """The receipt PDF: for the order's owner and for staff; anyone else gets 404."""
    receipt = get_object_or_404(Receipt.objects.select_related("order__course", "order__user"), order_id=pk)
    if not can_download(request.user, receipt):
        raise Http404
    if receipt.order.user_id != request.user.pk:
        record(request.user, "receipt.download", receipt.order)
    response = HttpResponse(receipt_pdf(receipt), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{receipt}.pdf"'
    return response
