"""wagtail-localize dates a translated string with strftime, so the Russian translation editor says
«Переведено вручную 4 December 2026»: give the date in the editor's language instead."""

from django.utils import formats, timezone
from django.utils.translation import gettext


def localized_comment(string_translation):
    """How and when a string was translated, with the date in the active language's format."""
    date = formats.date_format(timezone.localtime(string_translation.updated_at), "DATE_FORMAT")
    if string_translation.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


def apply():
    from wagtail_localize.models import StringTranslation

    StringTranslation.get_comment = localized_comment
