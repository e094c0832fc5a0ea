"""The trainer's side of a ToT cohort. Every view reaches cohorts through `cohorts_for(user)`: others are 404."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from learning.models import AttendanceStatus, Cohort
from learning.services.certificates import issue_cohort_certificates
from learning.services.cohorts import (
    AttendanceError,
    InvalidParticipant,
    InvitationError,
    claim_invitation,
    cohort_progress,
    cohorts_for,
    export_rows,
    has_not_happened,
    mark_attendance,
    participant_for_invitation,
    register_participant,
    session_statuses,
)
from learning.services.imports import CohortImport
from website.core.audit import record
from website.core.contacts import InvalidContact, clean_contact
from website.core.forms import submitted_data, submitted_files
from website.core.import_views import ParticipantUploadForm, keep_preview, take_preview
from website.core.imports import ImportRejected, check_rows, confirm_import
from website.core.spreadsheets import audited_download


class ParticipantForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name or pseudonym"), max_length=150)
    email = forms.EmailField(label=gettext_lazy("Email"), required=False)
    phone = forms.CharField(label=gettext_lazy("Phone"), max_length=40, required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language of the invitation"), choices=settings.LANGUAGES)

    def clean(self):
        data = super().clean()
        if not self.errors:
            try:
                data["details"] = clean_contact(data["name"], data["email"], data["phone"])
            except InvalidContact as error:
                raise forms.ValidationError(error.reason) from error
        return data


class UploadForm(ParticipantUploadForm):
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the invitations"), choices=settings.LANGUAGES
    )


class NotesForm(forms.ModelForm):
    class Meta:
        model = Cohort
        fields = ["trainer_notes"]
        widgets = {"trainer_notes": forms.Textarea(attrs={"rows": 4})}


def trainer_cohort(request, pk):
    """The cohort if the user trains it (or is a superuser), else 404."""
    return get_object_or_404(cohorts_for(request.user).select_related("course"), pk=pk)


def import_session_key(cohort):
    return f"learning:cohort-import:{cohort.pk}"


@login_required
def my_cohorts(request):
    cohorts = (
        cohorts_for(request.user)
        .select_related("course")
        .prefetch_related("sessions")
        .annotate(participant_count=Count("participants", distinct=True))
        .order_by("-starts_on", "pk")
    )
    return render(request, "learning/trainer/cohort_list.html", {"cohorts": cohorts})


@login_required
def cohort_detail(request, pk):
    cohort = trainer_cohort(request, pk)
    progress = cohort_progress(cohort)
    record(request.user, "cohort.participants.view", cohort, detail=f"{len(progress)} participants")
    return render(
        request,
        "learning/trainer/cohort_detail.html",
        {
            "cohort": cohort,
            "sessions": cohort.sessions.all(),
            "progress": progress,
            "participant_form": ParticipantForm(initial={"language": cohort.language}),
            "notes_form": NotesForm(instance=cohort),
        },
    )


@login_required
def cohort_add_participant(request, pk):
    cohort = trainer_cohort(request, pk)
    form = ParticipantForm(submitted_data(request), initial={"language": cohort.language})
    if request.method == "POST" and form.is_valid():
        try:
            participant = register_participant(
                cohort, form.cleaned_data["details"], form.cleaned_data["language"]
            )
        except InvalidParticipant as error:
            form.add_error(None, error.reason)
        else:
            messages.success(request, invitation_notice([participant]))
            return redirect("learning:cohort_detail", pk=cohort.pk)
    return render(request, "learning/trainer/participant_form.html", {"cohort": cohort, "form": form})


def invitation_notice(participants):
    invited = sum(1 for participant in participants if participant.email)
    added = ngettext("%(count)d participant added.", "%(count)d participants added.", len(participants)) % {
        "count": len(participants)
    }
    sent = ngettext(
        "%(count)d invitation is on its way.", "%(count)d invitations are on their way.", invited
    ) % {"count": invited}
    return f"{added} {sent}"


@login_required
def cohort_upload(request, pk):
    """Upload → row-by-row report (nothing saved) → confirm → all rows saved in one transaction, or none."""
    cohort = trainer_cohort(request, pk)
    if request.method == "POST" and "confirm" in request.POST:
        return confirm_upload(request, cohort)
    form = UploadForm(
        submitted_data(request), submitted_files(request), initial={"language": cohort.language}
    )
    context = {"cohort": cohort, "form": form}
    if request.method == "POST" and form.is_valid():
        rows = keep_preview(request, import_session_key(cohort), form)
        if rows is not None:
            context["report"] = check_rows(CohortImport(cohort), rows)
    return render(request, "learning/trainer/cohort_upload.html", context)


def confirm_upload(request, cohort):
    preview = take_preview(request, import_session_key(cohort))
    if preview is None:
        return redirect("learning:cohort_upload", pk=cohort.pk)
    rows, language = preview
    try:
        participants = confirm_import(CohortImport(cohort, language), rows)
    except ImportRejected as error:
        if error.report.invalid:
            messages.error(
                request, _("Nothing was saved: fix the rows marked below and upload the file again.")
            )
        else:
            messages.info(request, _("Nothing was saved: everyone in this file is already registered."))
        context = {"cohort": cohort, "form": UploadForm(initial={"language": language})}
        return render(request, "learning/trainer/cohort_upload.html", {**context, "report": error.report})
    record(request.user, "cohort.participants.import", cohort, detail=f"{len(participants)} participants")
    messages.success(request, invitation_notice(participants))
    return redirect("learning:cohort_detail", pk=cohort.pk)


@login_required
def cohort_attendance(request, pk, session_pk):
    cohort = trainer_cohort(request, pk)
    session = get_object_or_404(cohort.sessions, pk=session_pk)
    participants = list(cohort.participants.only("pk", "name"))
    if request.method == "POST":
        marks = submitted_statuses(request.POST, participants)
        try:
            counts = mark_attendance(session, marks, confirm_future="confirm_future" in request.POST)
        except AttendanceError as error:
            messages.error(request, error.reason)
        else:
            messages.success(request, attendance_notice(counts))
            return redirect("learning:cohort_attendance", pk=cohort.pk, session_pk=session.pk)
    else:
        marks = session_statuses(session)
    record(request.user, "cohort.attendance.view", session, detail=f"{len(participants)} participants")
    return render(
        request,
        "learning/trainer/cohort_attendance.html",
        {
            "cohort": cohort,
            "session": session,
            "rows": [(participant, marks.get(participant.pk, "")) for participant in participants],
            "statuses": AttendanceStatus.choices,
            "not_happened": has_not_happened(session),
        },
    )


def submitted_statuses(data, participants):
    """The mark chosen for each participant in the form, by participant id (unmarked ones are left out)."""
    chosen = ((participant.pk, data.get(f"status-{participant.pk}")) for participant in participants)
    return {pk: status for pk, status in chosen if status}


def attendance_notice(counts):
    return _(
        "Attendance saved. Present: %(present)d, late: %(late)d, excused: %(excused)d, absent: %(absent)d."
    ) % {status: counts.get(status, 0) for status in AttendanceStatus.values}


@login_required
def cohort_export(request, pk, file_format):
    cohort = trainer_cohort(request, pk)
    return audited_download(
        request.user,
        "cohort.participants.export",
        cohort,
        export_rows(cohort),
        counted="participants",
        file_format=file_format,
        filename=f"cohort-{cohort.pk}-participants",
    )


@login_required
@require_POST
def cohort_notes(request, pk):
    cohort = trainer_cohort(request, pk)
    form = NotesForm(request.POST, instance=cohort)
    if form.is_valid():
        form.save()
        messages.success(request, _("Notes saved."))
    return redirect("learning:cohort_detail", pk=cohort.pk)


@login_required
@require_POST
def cohort_certificates(request, pk):
    """Issue certificates to the chosen participants who have completed the course."""
    cohort = trainer_cohort(request, pk)
    chosen = [value for value in request.POST.getlist("participant") if value.isdigit()]
    issued, skipped = issue_cohort_certificates(cohort, chosen, issued_by=request.user)
    if issued:
        messages.success(
            request,
            ngettext("%(count)d certificate issued.", "%(count)d certificates issued.", issued)
            % {"count": issued},
        )
    if skipped:
        messages.warning(
            request,
            ngettext(
                "%(count)d participant has not completed the course (or has no account) yet.",
                "%(count)d participants have not completed the course (or have no account) yet.",
                skipped,
            )
            % {"count": skipped},
        )
    return redirect("learning:cohort_detail", pk=cohort.pk)


def accept_invitation(request, token):
    """A participant's invitation link: sign in (or sign up) with the invited email, then accept."""
    try:
        participant = participant_for_invitation(token)
    except InvitationError as error:
        return render(request, "learning/cohort_invitation.html", {"error": error.reason}, status=404)
    context = {"participant": participant, "cohort": participant.cohort}
    if request.method == "POST" and request.user.is_authenticated:
        try:
            claim_invitation(request.user, token)
        except InvitationError as error:
            context["error"] = error.reason
        else:
            messages.success(request, _("Welcome! You are now enrolled in the course."))
            return redirect(participant.cohort.course.url or "accounts:profile")
    return render(request, "learning/cohort_invitation.html", context)
