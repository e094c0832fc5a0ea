"""The sign-up form of an event page: name, email (guests only), phone and the editor's optional questions."""

from django import forms
from django.utils.translation import gettext_lazy as _

from events.services.registrations import MAX_ANSWER_LENGTH

QUESTION_PREFIX = "question_"


class SignUpForm(forms.Form):
    """Signed-in people sign up with their account's email; guests give one, and confirm it by a link."""

    name = forms.CharField(
        label=_("Name or pseudonym"),
        max_length=150,
        help_text=_("A pseudonym is fine: it is how the organisers will greet you."),
    )
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("We send the confirmation link, your check-in code and reminders here."),
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        max_length=40,
        required=False,
        help_text=_("Only if you want the organisers to be able to call you about this event."),
    )

    def __init__(self, *args, questions=(), user=None, **kwargs):
        self.user = user if getattr(user, "is_authenticated", False) else None
        if self.user is not None:
            kwargs.setdefault("initial", {"name": self.user.display_name})
        super().__init__(*args, **kwargs)
        if self.user is not None:
            del self.fields["email"]
        self.question_ids = []
        for block in questions:
            self.fields[QUESTION_PREFIX + block.id] = forms.CharField(
                label=block.value["question"],
                help_text=block.value["why"],
                max_length=MAX_ANSWER_LENGTH,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.question_ids.append(block.id)

    def sign_up_data(self):
        """Keyword arguments for events.services.registrations.sign_up."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": self.user.email if self.user is not None else data["email"],
            "phone": data["phone"],
            "answers": {block_id: data[QUESTION_PREFIX + block_id] for block_id in self.question_ids},
            "user": self.user,
        }
