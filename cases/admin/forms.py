from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from cases.models import CaseStatus, ClosingReason, InterventionKind
from cases.services.workflow import assignable_workers, next_statuses

NOTE_MAX_LENGTH = 20000
MESSAGE_MAX_LENGTH = 5000


class CaseForm(forms.Form):
    """A form about one case (its choices may depend on the case)."""

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case


class StatusForm(CaseForm):
    status = forms.ChoiceField(label=_("New status"))
    closing_reason = forms.ChoiceField(
        label=_("Closing reason"),
        required=False,
        choices=[("", "---------"), *ClosingReason.choices],
        help_text=_("Needed to close the case."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        case = self.case
        self.fields["status"].choices = [(status.value, status.label) for status in next_statuses(case)]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == CaseStatus.CLOSED and not cleaned.get("closing_reason"):
            self.add_error("closing_reason", _("Give a closing reason to close the case."))
        return cleaned


class AssigneeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class AssignForm(CaseForm):
    assignee = AssigneeChoiceField(
        label=_("Assign to"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("No one"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        case = self.case
        workers = assignable_workers(case.organisation).values_list("user", flat=True)
        self.fields["assignee"].queryset = get_user_model().objects.filter(pk__in=workers)
        self.fields["assignee"].initial = case.assignee_id


class NoteForm(CaseForm):
    text = forms.CharField(
        label=_("Note"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For your organisation's case workers only; the reporter never sees notes."),
    )


class MessageForm(CaseForm):
    text = forms.CharField(
        label=_("Message to the reporter"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "The reporter reads it with their receipt code. If they left an email address, they are told "
            "that a message waits, without its text."
        ),
    )


class InterventionForm(CaseForm):
    kind = forms.ChoiceField(label=_("Kind of help"), choices=InterventionKind.choices)
    happened_on = forms.DateField(label=_("Date"), widget=AdminDateInput)
    note = forms.CharField(
        label=_("Note"), max_length=NOTE_MAX_LENGTH, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_happened_on(self):
        happened_on = self.cleaned_data["happened_on"]
        if happened_on > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return happened_on
