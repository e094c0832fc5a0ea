"""wagtail-localize's translation editor dates a translated string in the editor's language."""

import datetime
import inspect
from pathlib import Path

import pytest
from django.utils import translation
from wagtail_localize.models import StringTranslation


@pytest.fixture(autouse=True)
def project_catalogues(settings):
    settings.LOCALE_PATHS = [Path(settings.BASE_DIR) / "locale"]


def translated_on(day, **fields):
    return StringTranslation(
        updated_at=datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC), **fields
    )


def test_a_manual_translation_is_dated_in_russian():
    string = translated_on(
        datetime.date(2026, 12, 4), translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL
    )

    with translation.override("ru"):
        assert string.get_comment() == "Переведено вручную 4 декабря 2026 г."


def test_a_machine_translation_is_dated_in_english_for_an_english_editor():
    string = translated_on(
        datetime.date(2026, 12, 4),
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        tool_name="DeepL",
    )

    with translation.override("en"):
        assert string.get_comment() == "Translated with DeepL on Dec. 4, 2026"


def test_the_patch_is_still_needed():
    """wagtail-localize still formats the date with strftime, whose month names are always English."""
    assert "updated_at.strftime(DATE_FORMAT)" in inspect.getsource(StringTranslation)
