from django import forms
from django.utils.translation import gettext_lazy as _

from learning.models.pages import CURRENCIES


class ConfirmTransferForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount received"), max_digits=9, decimal_places=2, min_value=0)
    currency = forms.ChoiceField(label=_("Currency"), choices=CURRENCIES)
    bank_reference = forms.CharField(
        label=_("Bank reference"),
        max_length=255,
        required=False,
        help_text=_("As shown on the bank statement."),
    )


class RefundForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))
