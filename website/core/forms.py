"""Helpers shared by the site's forms."""


def submitted_data(request):
    """The posted fields, or None when the form is only being shown.

    Unlike `request.POST or None`, an empty post counts as submitted, so the person sees what is missing.
    """
    return request.POST if request.method == "POST" else None


def submitted_files(request):
    """The uploaded files of a submitted form, or None when the form is only being shown."""
    return request.FILES if request.method == "POST" else None
