from django import forms
from django.utils.translation import gettext_lazy as _

from events.services import feedback as feedback_service


class StoryQuoteForm(forms.Form):
    quote = forms.CharField(
        label=_("Quote"),
        max_length=feedback_service.QUOTE_LENGTH,
        required=False,
        help_text=_(
            "A short sentence from the feedback, shown large on the story. Leave empty for its first sentence."
        ),
    )
