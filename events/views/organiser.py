"""The organiser's side of an event. Every view reaches events through `events_for(user)`: others are 404."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from events.models import RegistrationStatus
from events.models.registrations import ACTIVE_STATUSES
from events.services import attendance, organisers
from events.services.calendar import translated_event
from events.services.registrations import MAX_ANSWER_LENGTH, SignUpError, seats_left
from website.core.audit import record
from website.core.forms import submitted_data, submitted_files
from website.core.import_views import ParticipantUploadForm, keep_preview, take_preview
from website.core.imports import ImportRejected, check_rows, confirm_import
from website.core.spreadsheets import audited_download


class RegistrationForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name or pseudonym"), max_length=150)
    email = forms.EmailField(label=gettext_lazy("Email"), required=False)
    phone = forms.CharField(label=gettext_lazy("Phone"), max_length=40, required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language of the emails"), choices=settings.LANGUAGES)

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for block in questions:
            self.fields[f"answer_{block.id}"] = forms.CharField(
                label=block.value["question"],
                help_text=block.value["why"],
                max_length=MAX_ANSWER_LENGTH,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def answers(self):
        return {block.id: self.cleaned_data.get(f"answer_{block.id}", "") for block in self.questions}


def organised_event(request, pk):
    """The event if the user organises it (or is a superuser), else 404."""
    return get_object_or_404(organisers.events_for(request.user), pk=pk)


def import_session_key(event):
    return f"events:event-import:{event.pk}"


@login_required
def my_events(request):
    now = timezone.now()
    events = organisers.events_for(request.user).annotate(
        confirmed=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)),
        waiting=Count("registrations", filter=Q(registrations__status__in=organisers.WAITING_STATUSES)),
    )
    context = {
        "upcoming": events.filter(ends_at__gte=now).order_by("starts_at", "pk"),
        "past": events.filter(ends_at__lt=now).order_by("-starts_at", "pk"),
    }
    return render(request, "events/organiser/event_list.html", context)


@login_required
def participants(request, pk):
    event = organised_event(request, pk)
    page = translated_event(event, request.LANGUAGE_CODE)
    questions = organisers.question_labels(page)
    people = organisers.participants(event, questions)
    waiting = organisers.waiting_list(event, questions)
    cancelled = organisers.cancelled(event)
    shown = len(people) + len(waiting) + len(cancelled)
    record(request.user, "event.participants.view", event, detail=f"{shown} registrations")
    context = {
        "event": event,
        "page": page,
        "questions": questions,
        "participants": people,
        "waiting": waiting,
        "cancelled": cancelled,
        "seats_left": seats_left(event),
        "checked_in": attendance.check_in_counts(event)[0],
    }
    return render(request, "events/organiser/participants.html", context)


@login_required
def add_participant(request, pk):
    event = organised_event(request, pk)
    page = translated_event(event, request.LANGUAGE_CODE)
    form = RegistrationForm(
        submitted_data(request), initial={"language": event.event_language}, questions=page.questions
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            registration = organisers.register_participant(
                event,
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                language=data["language"],
                answers=form.answers(),
            )
        except SignUpError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, placement_notice(registration))
            return redirect("events:organiser_participants", pk=event.pk)
    return render(
        request, "events/organiser/participant_form.html", {"event": event, "page": page, "form": form}
    )


def placement_notice(registration):
    if registration.status == RegistrationStatus.CONFIRMED:
        return _("%(name)s is registered and has a seat.") % {"name": registration.name}
    return _("All seats are taken: %(name)s is on the waiting list.") % {"name": registration.name}


@login_required
def import_participants(request, pk):
    """Upload → row-by-row report (nothing saved) → confirm → every row saved in one transaction, or none."""
    event = organised_event(request, pk)
    if request.method == "POST" and "confirm" in request.POST:
        return confirm_upload(request, event)
    form = ParticipantUploadForm(
        submitted_data(request), submitted_files(request), initial={"language": event.event_language}
    )
    context = {"event": event, "form": form}
    if request.method == "POST" and form.is_valid():
        rows = keep_preview(request, import_session_key(event), form)
        if rows is not None:
            context["report"] = check_rows(organisers.EventImport(event), rows)
    return render(request, "events/organiser/import.html", context)


def confirm_upload(request, event):
    preview = take_preview(request, import_session_key(event))
    if preview is None:
        return redirect("events:organiser_import", pk=event.pk)
    rows, language = preview
    try:
        registrations = confirm_import(organisers.EventImport(event, language), rows)
    except ImportRejected as error:
        if error.report.invalid:
            messages.error(
                request, _("Nothing was saved: fix the rows marked below and upload the file again.")
            )
        elif error.report.accepted:
            messages.error(
                request, _("Nothing was saved: the event changed meanwhile. Upload the file again.")
            )
        else:
            messages.info(request, _("Nothing was saved: everyone in this file is already registered."))
        context = {"event": event, "form": ParticipantUploadForm(initial={"language": language})}
        return render(request, "events/organiser/import.html", {**context, "report": error.report})
    record(request.user, "event.participants.import", event, detail=f"{len(registrations)} registrations")
    messages.success(request, import_notice(registrations))
    return redirect("events:organiser_participants", pk=event.pk)


def import_notice(registrations):
    seats = sum(1 for registration in registrations if registration.status == RegistrationStatus.CONFIRMED)
    waiting = len(registrations) - seats
    notice = ngettext(
        "%(count)d person registered with a seat.", "%(count)d people registered with a seat.", seats
    )
    notice = notice % {"count": seats}
    if waiting:
        notice += " " + ngettext(
            "%(count)d person is on the waiting list.", "%(count)d people are on the waiting list.", waiting
        ) % {"count": waiting}
    return notice


@login_required
def export(request, pk, file_format):
    event = organised_event(request, pk)
    page = translated_event(event, request.LANGUAGE_CODE)
    rows = organisers.export_rows(event, organisers.question_labels(page))
    return audited_download(
        request.user,
        "event.participants.export",
        event,
        rows,
        counted="registrations",
        file_format=file_format,
        filename=f"event-{event.pk}-participants",
    )


@login_required
@require_http_methods(["GET", "POST"])
def cancel_registration(request, pk, registration_pk):
    """Confirm, then cancel: a freed seat goes to the first person waiting, who is offered it by email."""
    event = organised_event(request, pk)
    registration = get_object_or_404(event.registrations, pk=registration_pk, status__in=ACTIVE_STATUSES)
    if request.method == "POST":
        offered = organisers.cancel_registration(registration)
        record(request.user, "event.registration.cancel", registration)
        messages.success(
            request, _("The registration of %(name)s is cancelled.") % {"name": registration.name}
        )
        for person in offered:
            messages.info(request, _("The freed seat is offered to %(name)s.") % {"name": person.name})
        return redirect("events:organiser_participants", pk=event.pk)
    return render(request, "events/organiser/cancel.html", {"event": event, "registration": registration})


@login_required
def check_in_page(request, pk):
    event = organised_event(request, pk)
    query = request.GET.get("q", "").strip()
    found = attendance.find_for_check_in(event, query)
    checked_in, confirmed = attendance.check_in_counts(event)
    record(request.user, "event.check_in.view", event, detail=f"{len(found)} shown")
    context = {
        "event": event,
        "query": query,
        "found": found,
        "checked_in": checked_in,
        "confirmed": confirmed,
    }
    return render(request, "events/organiser/check_in.html", context)


@login_required
@require_POST
def check_in_mark(request, pk):
    """Check someone in ("in") or undo it ("out"); repeating either is harmless, so offline queues may resend."""
    event = organised_event(request, pk)
    registration_pk = request.POST.get("registration", "")
    registration = get_object_or_404(
        event.registrations, pk=registration_pk if registration_pk.isdigit() else 0
    )
    state = request.POST.get("state")
    wants_json = "application/json" in request.headers.get("Accept", "")
    try:
        if state == "in":
            attendance.check_in(registration, request.user)
        elif state == "out":
            attendance.undo_check_in(registration)
        else:
            raise attendance.CheckInError(_("Choose “check in” or “undo”."))
    except attendance.CheckInError as error:
        if wants_json:
            return JsonResponse(
                {**check_in_state(event, registration), "error": str(error.message)}, status=409
            )
        messages.error(request, error.message)
    if wants_json:
        return JsonResponse(check_in_state(event, registration))
    query = request.POST.get("q", "").strip()
    url = reverse("events:organiser_check_in", args=[event.pk])
    return redirect(f"{url}?{urlencode({'q': query})}" if query else url)


def check_in_state(event, registration):
    checked_in, confirmed = attendance.check_in_counts(event)
    moment = registration.checked_in_at
    return {
        "registration": registration.pk,
        "checked_in": moment is not None,
        "time": timezone.localtime(moment).strftime("%H:%M") if moment else "",
        "counts": {"checked_in": checked_in, "confirmed": confirmed},
    }
