"""Checkout for a paid course: price, voucher, way to pay. Only POST changes anything."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from learning.models import CoursePage, Order
from learning.services.enrolment import active_enrolment
from learning.services.orders import CheckoutError, start_checkout
from learning.services.payments import method_for_variant, payment_choices, payment_for
from learning.services.vouchers import VoucherError
from website.core.forms import submitted_data
from website.core.translation import canonical_page


class CheckoutForm(forms.Form):
    voucher_code = forms.CharField(
        label=_("Voucher code"),
        max_length=40,
        required=False,
        help_text=_("If your organisation gave you a voucher, enter its code."),
    )
    variant = forms.ChoiceField(label=_("How do you want to pay?"), widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["variant"].choices = payment_choices()
        self.fields["variant"].initial = payment_choices()[0][0]


@login_required
@require_http_methods(["GET", "POST"])
def checkout(request, pk):
    course = canonical_page(get_object_or_404(CoursePage.objects.live(), pk=pk))
    if course.is_free or active_enrolment(request.user, course) is not None:
        return redirect(course.url or "/")
    order = Order.objects.filter(user=request.user, course=course, status=Order.Status.PENDING).first()
    form = CheckoutForm(
        submitted_data(request),
        initial={"voucher_code": order.voucher.code if order and order.voucher else ""},
    )
    if request.method == "POST" and form.is_valid():
        try:
            return place_order(request, course, form.cleaned_data, apply_only="apply_voucher" in request.POST)
        except (CheckoutError, VoucherError) as error:
            form.add_error(None, error.message)
    return render(request, "learning/checkout.html", {"course": course, "order": order, "form": form})


def place_order(request, course, data, apply_only):
    """Start (or reuse) the order, then go to payment; a full waiver goes straight to the order page."""
    variant = data["variant"]
    order = start_checkout(
        request.user, course, data["voucher_code"] or None, method=method_for_variant(variant)
    )
    if order.status == Order.Status.ENROLLED:
        messages.success(request, _("Your voucher covers the fee: you are enrolled."))
        return HttpResponseRedirect(reverse("learning:order_detail", args=[order.pk]), status=303)
    if apply_only:
        messages.success(request, _("The voucher is applied. Check the new price and choose how to pay."))
        return HttpResponseRedirect(reverse("learning:checkout", args=[course.pk]), status=303)
    payment_for(order, variant)
    return HttpResponseRedirect(reverse("learning:order_pay", args=[order.pk]), status=303)
