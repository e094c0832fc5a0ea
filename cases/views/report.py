"""The report form, and the one-time page with the receipt code."""

import secrets

from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from cases.forms import ReportForm
from cases.services import intake, rate_limits
from cases.uploads import keep_uploads_in_memory
from website.core.forms import submitted_data, submitted_files

from .safety import report_page

# The last few report forms this browser sent (random tokens of the forms, nothing about the cases): sending
# the same form again (a reload) shows "already sent" instead of making a second case and a second code.
SENT_FORMS_KEY = "cases.sent_forms"
SENT_FORMS_KEPT = 5


@csrf_exempt
@report_page
@require_http_methods(["GET", "POST"])
def report(request):
    keep_uploads_in_memory(request)
    return report_checked(request)


@csrf_protect
def report_checked(request):
    form = ReportForm(submitted_data(request), submitted_files(request))
    submission = request.POST.get("submission", "")[:64] if request.method == "POST" else ""
    context = {"form": form, "submission": submission or secrets.token_urlsafe(16)}
    if request.method == "POST":
        if submission and submission in request.session.get(SENT_FORMS_KEY, []):
            return render(request, "cases/already_sent.html")
        context["files_were_chosen"] = bool(request.FILES)
        if form.is_valid():
            if not rate_limits.report_allowed(request):
                context["rate_limited"] = True
                return render(request, "cases/report.html", context, status=429)
            try:
                _case, code = intake.create_case(
                    form.report_data(),
                    violation_types=form.cleaned_data["violation_types"],
                    files=form.cleaned_data["evidence"],
                    language=request.LANGUAGE_CODE,
                )
            except intake.NoOrganisation as refusal:
                context["refusal"] = refusal.message
                return render(request, "cases/report.html", context, status=503)
            remember_sent_form(request, submission)
            return render(request, "cases/receipt.html", {"code": code})
    return render(request, "cases/report.html", context)


def remember_sent_form(request, submission):
    if submission:
        sent = request.session.get(SENT_FORMS_KEY, [])
        request.session[SENT_FORMS_KEY] = [*sent, submission][-SENT_FORMS_KEPT:]
