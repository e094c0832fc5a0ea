"""The feedback form that the after-event email links to (by the registration's token)."""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from events.models import Consent
from events.services import feedback as feedback_service
from events.services import rate_limits
from events.services.calendar import translated_event
from website.core.forms import submitted_data

RATINGS = [
    (1, _("1 — poor")),
    (2, _("2 — not so good")),
    (3, _("3 — all right")),
    (4, _("4 — good")),
    (5, _("5 — excellent")),
]


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How was the event for you?"),
        choices=RATINGS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a rating from 1 to 5."),
            "invalid_choice": _("Choose a rating from 1 to 5."),
        },
    )
    text = forms.CharField(
        label=_("Your feedback"),
        help_text=_("What was useful, what was missing, what changed for you? Write in any language."),
        max_length=feedback_service.MAX_TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Write a few words about the event."),
            "max_length": _("Please keep your feedback under 5,000 characters."),
        },
    )
    consent = forms.ChoiceField(
        label=_("May we publish your feedback as a story?"),
        help_text=_("An editor reads all feedback first. We publish only what you allow here."),
        choices=Consent.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether we may publish your feedback."),
            "invalid_choice": _("Choose whether we may publish your feedback."),
        },
    )
    display_name = forms.CharField(
        label=_("Name to publish"),
        help_text=_("Only if you chose to publish with your name. A first name or a pseudonym is fine."),
        max_length=150,
        required=False,
        error_messages={"max_length": _("The name is longer than 150 characters.")},
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("consent") == Consent.NAMED and not cleaned_data.get("display_name", "").strip():
            self.add_error("display_name", _("Write the name to publish, or choose to publish anonymously."))
        return cleaned_data


def unavailable(request, message, status):
    return render(request, "events/feedback_unavailable.html", {"message": message}, status=status)


@require_http_methods(["GET", "POST"])
def feedback_form(request, token):
    try:
        registration = feedback_service.registration_for_feedback(token)
    except feedback_service.UnknownFeedbackLink as error:
        return unavailable(request, error.message, status=404)
    except feedback_service.FeedbackError as error:
        return unavailable(request, error.message, status=403)
    event = translated_event(registration.event, request.LANGUAGE_CODE)
    if feedback_service.has_given_feedback(registration):
        return render(request, "events/feedback_thanks.html", {"event": event, "already_given": True})

    form = FeedbackForm(submitted_data(request), initial={"display_name": registration.name})
    context = {"form": form, "event": event}
    if request.method == "POST":
        if not rate_limits.feedback_allowed(request):
            context["rate_limited"] = True
            return render(request, "events/feedback.html", context, status=429)
        if form.is_valid():
            try:
                feedback_service.submit_feedback(
                    registration, **form.cleaned_data, language=request.LANGUAGE_CODE
                )
            except feedback_service.FeedbackAlreadyGiven:
                return render(request, "events/feedback_thanks.html", {"event": event, "already_given": True})
            return render(
                request,
                "events/feedback_thanks.html",
                {"event": event, "consent": form.cleaned_data["consent"]},
            )
    return render(request, "events/feedback.html", context)
