"""The case workers' pages: the case list, a case with everything about it, its files and its History,
the actions on a case, and the statistics for advocates.

Every case address answers 404 to anyone but a case worker of the case's organisation (see permissions).
Opening a case, a file or an export leaves an audit entry: who, which case, when; never the values.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.history import HistoryView

from cases.admin import forms
from cases.admin.permissions import may_see_statistics, require_case_worker, visible_cases
from cases.charts import bar_chart
from cases.models import Case, Evidence, Region
from cases.services import workflow
from cases.services.evidence import read_evidence
from cases.services.statistics import Period, build_report, report_rows, shown
from website.core.admin import AuditedIndexView
from website.core.admin_views import AdminPageMixin
from website.core.audit import record
from website.core.spreadsheets import DOWNLOADS, spreadsheet_safe

AUDIT_ACTIONS = {
    "case.view": _("Viewed a case"),
    "case.evidence.view": _("Opened a case's evidence file"),
    "cases.export": _("Exported the case list"),
    "cases.statistics.export": _("Exported the case statistics"),
}
# Files a browser may show in the page (images and PDFs); everything else is downloaded.
SHOWN_INLINE = {"image/jpeg", "image/png", "image/webp", "application/pdf"}


class CaseWorkerOnlyMixin:
    """Anyone but a case worker is told there is nothing here, before anything else happens."""

    def dispatch(self, request, *args, **kwargs):
        require_case_worker(request.user)
        return super().dispatch(request, *args, **kwargs)


class CaseIndexView(CaseWorkerOnlyMixin, AuditedIndexView):
    """The organisation's cases; exports of the list are audited."""

    export_audit_action = "cases.export"

    def get_base_queryset(self):
        return (
            visible_cases(self.request.user)
            .select_related("assignee")
            .prefetch_related("violation_types")
            .order_by("-created_at")
        )

    def to_row_dict(self, item):
        return {
            key: spreadsheet_safe(value) if isinstance(value, str) else value
            for key, value in super().to_row_dict(item).items()
        }


class CaseHistoryView(CaseWorkerOnlyMixin, HistoryView):
    any_permission_required = ["view"]

    def get_base_object_queryset(self):
        return visible_cases(self.request.user)

    def get_edit_url(self, instance):
        """The breadcrumbs lead back to the case page (cases are never edited as a form)."""
        return reverse("cases_admin:inspect", args=[instance.pk])


def case_for(request, pk):
    require_case_worker(request.user)
    return get_object_or_404(visible_cases(request.user).select_related("organisation", "assignee"), pk=pk)


# The forms of the case page, each posted to its own address: (form class, service call, success message).
ACTIONS = {
    "status": (
        forms.StatusForm,
        lambda case, user, data: workflow.change_status(case, user, data["status"], data["closing_reason"]),
        _("The status is changed."),
    ),
    "assign": (
        forms.AssignForm,
        lambda case, user, data: workflow.assign(case, user, data["assignee"]),
        _("The assignment is saved."),
    ),
    "note": (
        forms.NoteForm,
        lambda case, user, data: workflow.add_note(case, user, data["text"]),
        _("The note is saved."),
    ),
    "message": (
        forms.MessageForm,
        lambda case, user, data: workflow.send_message(case, user, data["text"]),
        _("The message is sent. The reporter reads it with their receipt code."),
    ),
    "intervention": (
        forms.InterventionForm,
        lambda case, user, data: workflow.record_intervention(
            case, user, data["kind"], data["happened_on"], data["note"]
        ),
        _("The intervention is recorded."),
    ),
}


class CaseView(AdminPageMixin, TemplateView):
    """A case: its facts and story, files, messages, notes, interventions and the forms to act on it."""

    template_name = "cases/admin/case.html"
    header_icon = "folder-open-inverse"
    bound_action = None
    bound_form = None

    def dispatch(self, request, pk, **kwargs):
        self.case = case_for(request, pk)
        return super().dispatch(request, pk, **kwargs)

    @cached_property
    def breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("cases_admin:index"), "label": _("Cases")},
        ]

    def get_page_title(self):
        return str(self.case)

    def action_forms(self):
        return {
            name: self.bound_form if name == self.bound_action else form_class(case=self.case)
            for name, (form_class, _call, _message) in ACTIONS.items()
        }

    def get_context_data(self, **kwargs):
        record(self.request.user, "case.view", self.case)
        case = self.case
        return super().get_context_data(
            case=case,
            forms=self.action_forms(),
            violation_types=list(case.violation_types.all()),
            evidence=list(case.evidence.all()),
            messages_list=list(case.messages.select_related("author")),
            notes=list(case.notes.select_related("author")),
            interventions=list(case.interventions.select_related("recorded_by")),
            community=[
                (Case._meta.get_field(name).verbose_name, getattr(case, name))
                for name in ("sogi", "hiv", "drug_use", "sex_work")
            ],
            action_urls={name: reverse("cases_admin:action", args=[case.pk, name]) for name in ACTIONS},
            **kwargs,
        )


class CaseActionView(CaseView):
    """One action on a case (posted from the case page); a form with errors shows the case page again."""

    http_method_names = ["post"]

    def post(self, request, pk, action):
        if action not in ACTIONS:
            raise Http404
        form_class, call, success = ACTIONS[action]
        form = form_class(request.POST, case=self.case)
        if form.is_valid():
            try:
                call(self.case, request.user, form.cleaned_data)
            except workflow.WorkflowError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, success)
                return redirect("cases_admin:inspect", self.case.pk)
        self.bound_action, self.bound_form = action, form
        return self.render_to_response(self.get_context_data(), status=400)


class EvidenceView(View):
    """One evidence file, decrypted for a case worker of the case's organisation; each opening is audited."""

    def get(self, request, pk, evidence_pk):
        case = case_for(request, pk)
        evidence = get_object_or_404(Evidence, case=case, pk=evidence_pk)
        if not evidence.file:
            raise Http404
        content = read_evidence(evidence)
        record(request.user, "case.evidence.view", case, detail=f"evidence {evidence.pk}")
        return evidence_response(evidence, content)


def evidence_response(evidence, content):
    inline = evidence.content_type in SHOWN_INLINE
    response = HttpResponse(
        content, content_type=evidence.content_type if inline else "application/octet-stream"
    )
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="evidence-{evidence.pk}"'
    response["Content-Security-Policy"] = (
        "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    )
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


# Statistics


class StatisticsForm(forms.forms.Form):
    period = forms.forms.ChoiceField(label=_("Period"), choices=Period.choices, required=False)
    region = forms.forms.ChoiceField(
        label=_("Region"), choices=[("", _("All regions")), *Region.choices], required=False
    )


class StatisticsView(AdminPageMixin, TemplateView):
    """Suppressed counts of the consented cases; ?export=csv or xlsx downloads them (audited)."""

    template_name = "cases/admin/statistics.html"
    page_title = _("Case statistics")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_statistics(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        form = StatisticsForm(request.GET)
        form.is_valid()
        period = form.cleaned_data.get("period") or Period.LAST_12_MONTHS
        region = form.cleaned_data.get("region") or ""
        report = build_report(period, region)
        file_format = request.GET.get("export")
        if file_format in DOWNLOADS:
            record(
                request.user,
                "cases.statistics.export",
                object_type=Case._meta.label,
                detail=f"{file_format.upper()}, {period}, {region or 'all regions'}",
            )
            rows = [
                [spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in row]
                for row in report_rows(report)
            ]
            return DOWNLOADS[file_format](f"case-statistics.{file_format}", rows)
        chart = bar_chart(
            [
                (date_format(month, "YEAR_MONTH_FORMAT"), count, shown(count))
                for month, count in report.monthly
            ]
        )
        query = urlencode({"period": period, "region": region})
        return self.render_to_response(
            self.get_context_data(form=form, report=report, chart=chart, query=query)
        )
