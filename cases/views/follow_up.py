"""The reporter's page for a case, opened with the receipt code.

The code is only ever POSTed (never in an address). Once it opens a case, the browser's session keeps the
case's id only (not the code), for CASES_FOLLOW_UP_SECONDS after the last use; "Close" forgets it at once.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from cases.forms import ReceiptCodeForm, ReporterMessageForm
from cases.services import follow_up, rate_limits
from cases.uploads import keep_uploads_in_memory
from website.core.forms import submitted_files

from .safety import report_page

OPEN_CASE_KEY = "cases.open_case"


@csrf_exempt
@report_page
@require_http_methods(["GET", "POST"])
def follow_up_page(request):
    keep_uploads_in_memory(request)
    return follow_up_page_checked(request)


@csrf_protect
def follow_up_page_checked(request):
    case = case_kept_open(request)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "close":
        forget_case(request)
        messages.success(
            request, _("Your report is no longer open on this device. Your receipt code still opens it.")
        )
        return redirect("cases:follow_up")
    if action == "message":
        if case is None:
            context = {"form": ReceiptCodeForm(), "expired": True}
            return render(request, "cases/follow_up_code.html", context)
        return send_message(request, case)
    if request.method == "POST" and case is None:
        return open_with_code(request)
    if case is None:
        return render(request, "cases/follow_up_code.html", {"form": ReceiptCodeForm()})
    return show_case(request, case, ReporterMessageForm())


def open_with_code(request):
    form = ReceiptCodeForm(request.POST)
    if not rate_limits.receipt_attempt_allowed(request):
        return render(request, "cases/follow_up_code.html", {"form": form, "rate_limited": True}, status=429)
    case = follow_up.case_for_code(form.cleaned_data["code"]) if form.is_valid() else None
    if case is None:
        if form.is_valid():
            form.add_error(
                "code",
                _(
                    "We could not open a case with this code. Please check it, letter by letter, and try again."
                ),
            )
        return render(request, "cases/follow_up_code.html", {"form": form})
    request.session.cycle_key()
    keep_open(request, case)
    return redirect("cases:follow_up")


def send_message(request, case):
    form = ReporterMessageForm(request.POST, submitted_files(request))
    if not form.is_valid():
        return show_case(request, case, form, files_were_chosen=bool(request.FILES))
    follow_up.add_reporter_message(case, form.cleaned_data["text"], form.cleaned_data["evidence"])
    messages.success(request, _("Thank you. We have received what you sent."))
    return redirect("cases:follow_up")


def show_case(request, case, form, files_were_chosen=False):
    context = {
        "case": case,
        "status": follow_up.status_for_reporter(case),
        "conversation": follow_up.replies_for_reporter(case),
        "evidence": list(case.evidence.filter(file__gt="")),
        "form": form,
        "files_were_chosen": files_were_chosen,
    }
    return render(request, "cases/follow_up_case.html", context)


def case_kept_open(request):
    """The case this browser opened with its code, while it is still fresh; the expiry moves with each use."""
    kept = request.session.get(OPEN_CASE_KEY)
    if not kept:
        return None
    case = follow_up.open_case(kept["case"]) if kept.get("until", 0) > time.time() else None
    if case is None:
        forget_case(request)
        return None
    keep_open(request, case)
    return case


def keep_open(request, case):
    request.session[OPEN_CASE_KEY] = {
        "case": case.pk,
        "until": time.time() + settings.CASES_FOLLOW_UP_SECONDS,
    }


def forget_case(request):
    request.session.pop(OPEN_CASE_KEY, None)
