from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from .models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "preferred_language"]


class DeleteAccountForm(forms.Form):
    """Deleting an account cannot be undone, so the person confirms it with their password."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password. Nothing has been deleted."))
        return password


ADMIN_USER_FIELDS = {"email", "display_name", "preferred_language", "is_staff", "is_superuser", "groups"}
STAFF_HELP_TEXT = _("May use the administration area, once they have set up two-factor authentication.")


class AdminUserCreationForm(UserCreationForm):
    """Wagtail's user form for our user model: no first and last name, a display name and a language instead."""

    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = ADMIN_USER_FIELDS
        help_texts = {"is_staff": STAFF_HELP_TEXT}


class AdminUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = ADMIN_USER_FIELDS | {"is_active"}
        help_texts = {"is_staff": STAFF_HELP_TEXT}

    def __init__(self, *args, **kwargs):
        editing_self = kwargs.get("editing_self", False)
        super().__init__(*args, **kwargs)
        if editing_self:
            del self.fields["is_staff"]
