"""Pictures on pages: their description is page content, translated with the page."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def alt_text_field():
    """The alternative text of a page's picture: an image's own title is in one language only."""
    return models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe the picture for people who cannot see it; leave empty if it only decorates the page."
        ),
    )
