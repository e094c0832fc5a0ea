"""The report form, the receipt-code form and the reporter's follow-up message form."""

from django import forms
from django.conf import settings
from django.core.validators import ProhibitNullCharactersValidator, validate_email
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cases.models import (
    OTHER_TOWN,
    TOWNS_BY_REGION,
    Consent,
    ContactMethod,
    Needs,
    Perpetrator,
    Region,
    ViolationType,
    region_of_town,
)
from cases.services import evidence as evidence_service
from cases.services.follow_up import MAX_MESSAGE_LENGTH
from cases.services.intake import MAX_CONTACT_LENGTH, MAX_NARRATIVE_LENGTH
from cases.uploads import MAX_FILES

NUL_MESSAGE = _("This text contains a character that cannot be saved. Please retype it and try again.")
FACTOR_CHOICES = [("yes", _("Yes")), ("no", _("No")), ("", _("I'd rather not say"))]
CHOICE_ERRORS = {
    "invalid_choice": _("Please choose one of the options in the list."),
    "invalid_pk_value": _("Please choose one of the options in the list."),
    "invalid_list": _("Please choose one of the options in the list."),
}


class TextField(forms.CharField):
    """A text field that refuses NUL characters with a message people understand."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators = [
            ProhibitNullCharactersValidator(message=NUL_MESSAGE)
            if isinstance(validator, ProhibitNullCharactersValidator)
            else validator
            for validator in self.validators
        ]


class ListedChoicesField(forms.ModelMultipleChoiceField):
    """Refuses a NUL character in a submitted choice as it refuses any value not in the list."""

    def validate_no_null_characters(self, value):
        if "\x00" in str(value):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceField(forms.FileField):
    """Several files at once; each is checked by its content and cleaned (services.evidence.prepare_upload)."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs["accept"] = "image/jpeg,image/png,image/webp,application/pdf,audio/*"

    def clean(self, data, initial=None):
        uploads = [upload for upload in (data if isinstance(data, list | tuple) else [data]) if upload]
        if len(uploads) > MAX_FILES:
            raise forms.ValidationError(
                _("Please send at most %(count)d files at once.") % {"count": MAX_FILES}
            )
        prepared, errors = [], []
        for upload in uploads:
            try:
                prepared.append(evidence_service.prepare_upload(upload))
            except evidence_service.EvidenceRefused as refusal:
                errors.append(
                    forms.ValidationError(
                        _("%(name)s: %(reason)s") % {"name": upload.name, "reason": refusal.message}
                    )
                )
        if errors:
            raise forms.ValidationError(errors)
        return prepared


def factor_field(label):
    return forms.TypedChoiceField(
        label=label,
        choices=FACTOR_CHOICES,
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
        error_messages=CHOICE_ERRORS,
    )


def town_choices():
    """Towns grouped by region for the select, with "not listed" and "rather not say"."""
    return [
        ("", _("I'd rather not say")),
        *[(Region(region).label, towns) for region, towns in TOWNS_BY_REGION.items()],
        OTHER_TOWN,
    ]


def violation_types_in_current_language():
    """The editors' list in the page's language, in their order; the default language's when not translated."""
    in_language = ViolationType.objects.filter(locale__language_code=get_language())
    if in_language.exists():
        return in_language
    return ViolationType.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class AccessibleErrorsMixin:
    """Points each field with an error at its message (and its help), for screen readers."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                described_by = [f"{bound.auto_id}_error"]
                if bound.help_text:
                    described_by.append(f"{bound.auto_id}_helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(described_by)
                self.fields[name].widget.attrs["aria-invalid"] = "true"


class ReportForm(AccessibleErrorsMixin, forms.Form):
    needs = forms.ChoiceField(
        label=_("What do you need?"),
        choices=Needs.choices,
        initial=Needs.BOTH,
        required=False,
        widget=forms.RadioSelect,
        error_messages=CHOICE_ERRORS,
    )
    narrative = TextField(
        label=_("What happened?"),
        help_text=_(
            "In your own words, in any language. Write only what you are comfortable sharing; "
            "you can add more later with your receipt code."
        ),
        max_length=MAX_NARRATIVE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Please tell us, even in a few words, what happened."),
            "max_length": _(
                "Please keep this under %(limit_value)d characters (now %(show_value)d). "
                "You can send more later with your receipt code, or attach a document."
            ),
        },
    )
    happened_on = forms.DateField(
        label=_("When did it happen?"),
        help_text=_(
            "The day it happened, or the first day if it went on for a while. You can leave it empty."
        ),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"],
        error_messages={"invalid": _("Write the date as day.month.year, for example 25.11.2026.")},
    )
    date_is_approximate = forms.BooleanField(label=_("The date is approximate"), required=False)
    region = forms.ChoiceField(
        label=_("Region"),
        choices=[("", _("I'd rather not say")), *Region.choices],
        required=False,
        error_messages=CHOICE_ERRORS,
    )
    town = forms.ChoiceField(
        label=_("Town or village"), choices=town_choices, required=False, error_messages=CHOICE_ERRORS
    )
    violation_types = ListedChoicesField(
        label=_("What kind of violation was it?"),
        help_text=_("Choose all that fit, or none."),
        queryset=ViolationType.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOICE_ERRORS,
    )
    perpetrator = forms.ChoiceField(
        label=_("Who did it?"),
        choices=[("", _("I'd rather not say")), *Perpetrator.choices],
        required=False,
        error_messages=CHOICE_ERRORS,
    )
    sogi = factor_field(_("Your sexual orientation or gender identity"))
    hiv = factor_field(_("Your HIV status"))
    drug_use = factor_field(_("Drug use"))
    sex_work = factor_field(_("Sex work"))
    contact_method = forms.ChoiceField(
        label=_("How may we contact you?"),
        choices=ContactMethod.choices,
        initial=ContactMethod.NONE,
        required=False,
        error_messages=CHOICE_ERRORS,
    )
    contact = TextField(
        label=_("Your email, phone number or username"),
        help_text=_(
            "Leave this empty to stay anonymous: you can still read our replies with your receipt code. "
            "If you write a contact, we only use it to tell you that there is a new message, never what it says."
        ),
        max_length=MAX_CONTACT_LENGTH,
        required=False,
        error_messages={"max_length": _("This is longer than %(limit_value)d characters.")},
    )
    consent = forms.ChoiceField(
        label=_("How may we use what you tell us?"),
        help_text=_("Nothing is ever published with your name or details that could identify you."),
        choices=Consent.choices,
        initial=Consent.HELP_ONLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose how we may use your report."),
            "invalid_choice": _("Please choose how we may use your report."),
        },
    )
    evidence = EvidenceField(
        label=_("Photos, documents or recordings (optional)"),
        help_text=_(
            "Up to 5 files. Before we store a photo, we remove the hidden information in it, such as the "
            "place where it was taken and the phone model."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["violation_types"].queryset = violation_types_in_current_language()

    def clean_happened_on(self):
        day = self.cleaned_data.get("happened_on")
        if day and day > timezone.localdate():
            raise forms.ValidationError(_("This date is in the future. Please check it."))
        return day

    def clean(self):
        data = super().clean()
        data["needs"] = data.get("needs") or Needs.BOTH
        self.check_place(data)
        self.check_contact(data)
        return data

    def check_place(self, data):
        town_region = region_of_town(data.get("town"))
        if town_region and not data.get("region"):
            data["region"] = town_region
        elif town_region and data.get("region") != town_region:
            self.add_error("town", _("This town is not in the region you chose. Please check both."))

    def check_contact(self, data):
        method = data.get("contact_method") or ContactMethod.NONE
        contact = (data.get("contact") or "").strip()
        data["contact_method"], data["contact"] = method, contact
        if method == ContactMethod.NONE and contact:
            self.add_error(
                "contact_method",
                _("Choose how we may contact you at this address, or leave the address empty."),
            )
        elif method != ContactMethod.NONE and not contact:
            self.add_error("contact", _("Write where we can reach you, or choose “No contact”."))
        elif method == ContactMethod.EMAIL:
            try:
                validate_email(contact)
            except forms.ValidationError:
                self.add_error("contact", _("This does not look like an email address."))

    def report_data(self):
        """The case fields for services.intake.create_case."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in ("violation_types", "evidence")
        }


class ReceiptCodeForm(AccessibleErrorsMixin, forms.Form):
    code = TextField(
        label=_("Your receipt code"),
        help_text=_(
            "The 16 letters and digits you got when you sent your report, for example 7KQ2-M9XD-4HRT-0BWZ."
        ),
        max_length=64,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        error_messages={"required": _("Please write your receipt code.")},
    )


class ReporterMessageForm(AccessibleErrorsMixin, forms.Form):
    text = TextField(
        label=_("Add information or ask a question"),
        max_length=MAX_MESSAGE_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "max_length": _("Please keep this under %(limit_value)d characters (now %(show_value)d).")
        },
    )
    evidence = EvidenceField(label=_("More photos, documents or recordings (optional)"))

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("text", "").strip() and not data.get("evidence"):
            raise forms.ValidationError(_("Write a message or choose a file to send."))
        return data
