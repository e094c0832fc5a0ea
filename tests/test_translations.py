"""The templates' own strings, the models' labels and the admin menus come from the project's catalogues."""

import datetime
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import formats, translation

from tests.website.site_tree import build_site_tree
from website.accounts.factories import StaffFactory
from website.accounts.services import activate_totp_for

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


PROJECT_PACKAGES = ("website.", "learning", "events")
# Languages are named in their own language everywhere (the language switcher, the account's choice).
LANGUAGE_NAMES = {name for _code, name in settings.LANGUAGES}


def project_models():
    return [
        model
        for config in apps.get_app_configs()
        if config.name.startswith(PROJECT_PACKAGES)
        for model in config.get_models()
    ]


def declared_by_the_project(model, field):
    """Whether the project declares the field (not an abstract model of a package, e.g. Wagtail's Page)."""
    for base in model.__mro__:
        meta = getattr(base, "_meta", None)
        if meta is not None and any(
            own.name == field.name for own in meta.local_fields + meta.local_many_to_many
        ):
            declaring = base
    return declaring.__module__.startswith(PROJECT_PACKAGES)


def msgid(label):
    """The (context and) message id a lazy translation was made from, or None for a plain string."""
    if not hasattr(label, "_args") or not isinstance(label._args[0], str):
        return None
    return "\x04".join(label._args)


def labels_of(model):
    """(where, label) for the model's names, its own fields' names and their choices."""
    meta = model._meta
    yield f"{meta.label} verbose_name", meta.verbose_name
    yield f"{meta.label} verbose_name_plural", meta.original_attrs.get("verbose_name_plural")
    for field in meta.get_fields():
        if not field.concrete or field.auto_created or not declared_by_the_project(model, field):
            continue
        yield f"{meta.label}.{field.name}", field.verbose_name
        for value, label in field.flatchoices:
            if label not in LANGUAGE_NAMES and label != value:
                yield f"{meta.label}.{field.name} = {value}", label


def test_every_model_field_and_choice_of_the_project_has_a_russian_label(project_catalogues):
    catalogue = translation.trans_real.translation("ru")._catalog
    untranslated = [
        where
        for model in project_models()
        for where, label in labels_of(model)
        if msgid(label) is None or msgid(label) not in catalogue
    ]

    assert not untranslated, "\n".join(untranslated)


def menu_labels(html):
    """{item name: label} for every item of the admin's sidebar menu, submenus included."""
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    labels = {}

    def walk(node):
        if isinstance(node, dict):
            if "name" in node and "label" in node:
                name = node["name"]
                labels[name if isinstance(name, str) else name["_val"]] = node["label"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props.group(1)))
    return labels


@pytest.mark.django_db
def test_every_admin_menu_item_speaks_russian(client, project_catalogues):
    administrator = StaffFactory(is_superuser=True)
    activate_totp_for(administrator)
    client.force_login(administrator)

    english = menu_labels(client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode())
    russian = menu_labels(client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ru").content.decode())

    assert {"learning", "orders", "feedback-to-review", "site-content", "audit-log"} <= set(russian)
    assert russian.keys() == english.keys()
    untranslated = [f"{name}: {label}" for name, label in russian.items() if label == english[name]]
    assert not untranslated, "\n".join(untranslated)


def test_a_russian_sentence_ending_in_a_date_has_one_full_stop(project_catalogues):
    """Russian dates end in «г.», so «… откроется %(date)s.» would end in «г..»."""
    with translation.override("ru"):
        date = formats.date_format(datetime.date(2026, 12, 4), "DATE_FORMAT")
        catalogue = translation.trans_real.translation("ru")._catalog
        sentences = [
            msgstr % defaultdict(lambda: "…", date=date)
            for msgid, msgstr in catalogue.items()
            if isinstance(msgid, str) and "%(date)s" in msgid
        ]

    assert date.endswith("г.")
    assert len(sentences) >= 4
    assert not [sentence for sentence in sentences if ".." in sentence]
