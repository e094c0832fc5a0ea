import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from website.core.forms import submitted_data

from . import services
from .forms import DeleteAccountForm, ProfileForm


def admin_login_redirect(request):
    """The Wagtail admin signs people in through the site's own sign-in (and its second factor)."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("wagtailadmin_home")
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


@login_required
def profile(request):
    form = ProfileForm(submitted_data(request), instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(
        request,
        "accounts/profile.html",
        {"form": form, "delete_form": DeleteAccountForm(request.user)},
    )


@login_required
@require_POST
def download_data(request):
    data = services.export_personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"birge-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.user, submitted_data(request))
    if request.method == "POST" and form.is_valid():
        services.delete_account(request.user)
        logout(request)
        return redirect("accounts:account_deleted")
    return render(request, "accounts/delete_account.html", {"form": form})


def account_deleted(request):
    return render(request, "accounts/account_deleted.html")
