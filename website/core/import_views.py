"""The view side of the participant imports (cohorts, events): the upload form and the preview kept
between the row-by-row report and the confirmation. The rules live in website.core.imports."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .imports import ImportFileError, preview_token, read_participant_file, rows_from_preview


class ParticipantUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Participant list (CSV or XLSX)"),
        help_text=gettext_lazy(
            "First row: column names — name, email, phone (in English, Russian or Kyrgyz). Up to 2,000 rows."
        ),
    )
    language = forms.ChoiceField(label=gettext_lazy("Language of the emails"), choices=settings.LANGUAGES)


def keep_preview(request, session_key, form):
    """Read a valid upload and keep its rows (encrypted) in the session for the confirmation.

    Returns the rows, or None when the file cannot be read (the form then says why).
    """
    try:
        rows = read_participant_file(form.cleaned_data["file"])
    except ImportFileError as error:
        form.add_error("file", error.message)
        return None
    request.session[session_key] = {"rows": preview_token(rows), "language": form.cleaned_data["language"]}
    return rows


def take_preview(request, session_key):
    """The rows and language kept by `keep_preview`, once; None (with a message) if none is waiting."""
    preview = request.session.pop(session_key, None)
    if preview is None:
        messages.error(request, _("There is no file waiting to be confirmed. Upload it again."))
        return None
    return rows_from_preview(preview["rows"]), preview["language"]
