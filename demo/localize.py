"""Synced wagtail-localize translations of the demo's Russian pages and snippets.

Each translation goes through wagtail-localize's own models (TranslationSource, Translation,
StringTranslation), so editors see real synced translations they can keep editing in the admin.
"""

import re
import uuid
from itertools import zip_longest

from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .text import LANGUAGES, SOURCE_LANGUAGE, TARGET_LANGUAGES, resolve

DEMO_NAMESPACE = uuid.UUID("6f1c2a52-8f0e-4a57-9d55-2b7d1f3f0b61")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class DemoShapeError(Exception):
    """The demo data's text in one language is not laid out like its Russian source."""


def ensure_locales():
    """The ky, ru and en Locale rows, by language code."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def _string_segments(instance):
    return [segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)]


def _shape(path):
    """A segment path without block and child ids, which differ between two copies of the same content."""
    return ".".join("*" if UUID.fullmatch(part) or part == "None" else part for part in path.split("."))


def _translated_texts(source_segments, target, label):
    """(path, source text) → target text, pairing segments by position in two instances of the same shape."""
    texts = {}
    for source, translated in zip_longest(source_segments, _string_segments(target)):
        if source is None or translated is None or _shape(source.path) != _shape(translated.path):
            where = (source or translated).path
            raise DemoShapeError(
                f"{label}: the {target.locale} text is not laid out like the source at {where}"
            )
        texts[(source.path, source.string.data)] = translated.string.data
    return texts


def translate(instance, targets, locales, update=False):
    """Save synced translations of `instance` from unsaved `targets` ({language: instance in that language}).

    Translations that already exist are left alone unless `update` is set (the source changed).
    """
    missing = [language for language in targets if update or not instance.has_translation(locales[language])]
    if not missing:
        return
    if update:
        source, _ = TranslationSource.update_or_create_from_instance(instance)
    else:
        source, _ = TranslationSource.get_or_create_from_instance(instance)
    source_segments = _string_segments(source.as_instance())
    stored_segments = list(source.stringsegment_set.select_related("string", "context"))
    for language in missing:
        locale = locales[language]
        targets[language].locale = locale
        texts = _translated_texts(source_segments, targets[language], source.object_repr)
        _store_string_translations(stored_segments, texts, locale)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
        if isinstance(instance, Page):
            translation.save_target(publish=False)
            _publish_latest_revision(instance.get_translation(locale))
        else:
            translation.save_target(publish=True)


def _publish_latest_revision(page):
    """Publish now rather than when the transaction commits, as save_target(publish=True) does.

    A publish deferred to the commit writes back the page's tree fields as they were when its revision
    was saved, undoing the child count of every page given children since.
    """
    page.get_latest_revision().publish(log_action=False)


def _store_string_translations(segments, texts, locale):
    """Save (or correct) the translation of every source string, in one query.

    One row per string and context: identical strings in one field share a translation.
    """
    rows = {}
    for segment in segments:
        rows[(segment.string_id, segment.context_id)] = StringTranslation(
            translation_of_id=segment.string_id,
            context_id=segment.context_id,
            locale=locale,
            data=texts[(segment.context.path, segment.string.data)],
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    StringTranslation.objects.bulk_create(
        rows.values(),
        update_conflicts=True,
        unique_fields=["locale", "translation_of", "context"],
        update_fields=["data", "translation_type"],
    )


def page_versions(model, slug, fields, slugs=None):
    """Unsaved pages holding `fields` in each target language (what the translations should say), with
    the slug given for that language in `slugs`, else the source's."""
    slugs = slugs or {}
    return {
        language: model(slug=slugs.get(language, slug), **resolve(fields, language))
        for language in TARGET_LANGUAGES
    }


def ensure_page(parent, model, slug, fields, locales, slugs=None):
    """The Russian page `slug` under `parent` with its ky and en translations, created where missing.

    `fields` hold T texts (see text.py); `slugs` the translations' own slugs by language; returns the
    Russian page.
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        now = timezone.now()
        page = model(slug=slug, locale=locales[SOURCE_LANGUAGE], **resolve(fields, SOURCE_LANGUAGE))
        page.first_published_at = page.last_published_at = now
        parent.add_child(instance=page)
    translate(page, page_versions(model, slug, fields, slugs), locales)
    return page


def update_page(page, fields, locales):
    """Change a Russian page's fields, publish it and bring its translations up to date."""
    page = page.specific_class.objects.get(pk=page.pk)
    for name, value in resolve(fields, SOURCE_LANGUAGE).items():
        setattr(page, name, value)
    page.save_revision(log_action=False).publish(log_action=False)
    translate(page, page_versions(type(page), page.slug, fields), locales, update=True)


def demo_key(kind, key):
    """A stable translation key for a demo snippet, so a second run finds the one made by the first."""
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}")


def ensure_snippet(model, key, build, locales):
    """The Russian snippet `key` and its ky and en translations, created where missing.

    `build(language)` returns an unsaved instance holding that language's text.
    """
    translation_key = demo_key(model._meta.label, key)
    snippet = model.objects.filter(translation_key=translation_key, locale=locales[SOURCE_LANGUAGE]).first()
    if snippet is None:
        snippet = build(SOURCE_LANGUAGE)
        snippet.translation_key = translation_key
        snippet.locale = locales[SOURCE_LANGUAGE]
        snippet.save()
    translate(snippet, {language: build(language) for language in TARGET_LANGUAGES}, locales)
    return snippet
