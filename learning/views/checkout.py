"""Checkout for a paid course: price, voucher, way to pay. Only POST changes anything."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from learning.models import CoursePage
from learning.services.checkout import Next, open_checkout, submit_checkout
from learning.services.payments import payment_choices
from website.core.forms import submitted_data


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
    course = get_object_or_404(CoursePage.objects.live(), pk=pk)
    form = CheckoutForm(submitted_data(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        step = submit_checkout(
            request.user,
            course,
            data["voucher_code"],
            data["variant"],
            apply_only="apply_voucher" in request.POST,
        )
    else:
        step = open_checkout(request.user, course)
    return response_for(request, step, form)


def response_for(request, step, form):
    """The page or the redirect that shows the learner their next step."""
    if step.next is Next.COURSE_PAGE:
        return redirect(step.course.url or "/")
    if step.next is Next.ENROLLED:
        messages.success(request, _("Your voucher covers the fee: you are enrolled."))
        return HttpResponseRedirect(reverse("learning:order_detail", args=[step.order.pk]), status=303)
    if step.next is Next.VOUCHER_APPLIED:
        messages.success(request, _("The voucher is applied. Check the new price and choose how to pay."))
        return HttpResponseRedirect(reverse("learning:checkout", args=[step.course.pk]), status=303)
    if step.next is Next.PAYMENT:
        return HttpResponseRedirect(reverse("learning:order_pay", args=[step.order.pk]), status=303)
    if step.error:
        form.add_error(None, step.error)
    elif not form.is_bound and step.order is not None and step.order.voucher is not None:
        form.initial["voucher_code"] = step.order.voucher.code
    return render(
        request, "learning/checkout.html", {"course": step.course, "order": step.order, "form": form}
    )
