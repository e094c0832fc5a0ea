"""The templates' own strings come from the project's catalogues in Kyrgyz, Russian and English."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from tests.website.site_tree import build_site_tree

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    call_command("compilemessages", locale=["ky", "ru", "en"], verbosity=0)


@pytest.fixture
def project_catalogues():
    with override_settings(LOCALE_PATHS=[LOCALE_DIR]):
        yield


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_every_string_is_translated(language):
    catalogue = (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").read_text()
    entries = catalogue.split("\n\n")[1:]
    untranslated = [e for e in entries if e.rstrip().endswith('msgstr ""') and "msgid_plural" not in e]
    assert not untranslated, untranslated[:3]
    assert "#, fuzzy" not in catalogue


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, skip_link, search",
    [("ru", "Перейти к содержимому", "Поиск"), ("en", "Skip to content", "Search")],
)
def test_pages_speak_the_visitors_language(client, project_catalogues, language, skip_link, search):
    build_site_tree()

    content = client.get(f"/{language}/").content.decode()

    assert skip_link in content
    assert f">{search}<" in content or f"{search}</" in content


@pytest.mark.django_db
def test_kyrgyz_pages_use_the_kyrgyz_catalogue(client, project_catalogues):
    build_site_tree()
    with translation.override("ky"):
        skip_link = translation.gettext("Skip to content")

    content = client.get("/ky/").content.decode()

    assert skip_link != "Skip to content"
    assert skip_link in content
