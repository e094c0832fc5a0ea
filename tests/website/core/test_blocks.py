"""Every StreamField block type, translated into ky and ru with wagtail-localize and rendered in each language."""

import json

import pytest
import wagtail_factories
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from website.standard.factories import StandardPageFactory

SOURCE_TEXT = {
    "paragraph": "Everyone has the right to legal help.",
    "image": "Trainers at the Osh workshop",
    "quote": "Rights are not given, they are defended.",
    "call_to_action": "Join the next training",
    "document": "Annual monitoring report",
    "video": "Human Rights Day in Bishkek",
    "accordion": "Who can ask for legal help?",
    "callout": "Your safety comes first.",
}


def translated(text, language_code):
    return f"[{language_code}] {text}"


def every_block(image, document, target_page):
    """A body with one block of each type; each block's main text is in SOURCE_TEXT."""
    return json.dumps(
        [
            {"type": "paragraph", "value": f"<p>{SOURCE_TEXT['paragraph']}</p>"},
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": SOURCE_TEXT["image"], "caption": ""},
            },
            {"type": "quote", "value": {"text": SOURCE_TEXT["quote"], "attribution": ""}},
            {
                "type": "call_to_action",
                "value": {
                    "title": SOURCE_TEXT["call_to_action"],
                    "text": "",
                    "page": target_page.pk,
                    "url": "",
                    "button_label": "Sign up",
                },
            },
            {
                "type": "document",
                "value": {"document": document.pk, "title": SOURCE_TEXT["document"], "description": ""},
            },
            {
                "type": "video",
                "value": {"video": "https://www.youtube.com/watch?v=birge", "caption": SOURCE_TEXT["video"]},
            },
            {
                "type": "accordion",
                "value": {
                    "title": "",
                    "items": [
                        {
                            "type": "item",
                            "id": "5d8a4f52-1b7e-4c55-9a3e-0c2f5e1f6a01",
                            "value": {"question": SOURCE_TEXT["accordion"], "answer": "<p>Anyone.</p>"},
                        }
                    ],
                },
            },
            {
                "type": "callout",
                "value": {"style": "safety", "title": "", "text": f"<p>{SOURCE_TEXT['callout']}</p>"},
            },
        ]
    )


def translate_with_localize(source, locale, on_commit):
    """Translate every segment of ``source`` into ``locale`` and publish the translated page."""
    translation = Translation.objects.create(source=source, target_locale=locale)
    translate_missing_segments(source, locale)
    publish(translation, on_commit)
    return translation


def publish(translation, on_commit):
    """wagtail-localize publishes after the transaction commits; run those callbacks inside the test."""
    with on_commit(execute=True):
        translation.save_target(publish=True)


def translate_missing_segments(source, locale):
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": translated(segment.string.data, locale.language_code)},
        )


@pytest.fixture
def translated_page(site_tree, django_capture_on_commit_callbacks):
    """An English page with every block, translated into ky and ru."""
    english_home = site_tree.homes["en"]
    page = StandardPageFactory(parent=english_home, locale=english_home.locale, slug="rights", title="Rights")
    page.body = every_block(
        wagtail_factories.ImageFactory(), wagtail_factories.DocumentFactory(), english_home
    )
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translations = {
        code: translate_with_localize(source, site_tree.locales[code], django_capture_on_commit_callbacks)
        for code in ("ky", "ru")
    }
    return page, source, translations


@pytest.mark.parametrize("language_code", ["ky", "ru"])
@pytest.mark.parametrize("block_type", sorted(SOURCE_TEXT))
def test_block_text_is_translated_and_rendered(client, translated_page, block_type, language_code):
    page, _, _ = translated_page
    target = page.get_translation(translated_page[2][language_code].target_locale)

    response = client.get(target.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert translated(SOURCE_TEXT[block_type], language_code) in html
    assert f'lang="{language_code}"' in html


def test_call_to_action_points_at_the_translated_page(client, translated_page):
    page, _, translations = translated_page
    target = page.get_translation(translations["ky"].target_locale)

    html = client.get(target.url).content.decode()

    assert 'class="button" href="/ky/"' in html


def test_changed_source_shows_as_out_of_date_then_resyncs(
    client, translated_page, django_capture_on_commit_callbacks
):
    page, source, translations = translated_page
    page.refresh_from_db()
    body = page.body.get_prep_value()
    body[0]["value"] = "<p>Legal help is free for activists.</p>"
    page.body = json.dumps(body)
    page.save_revision().publish()
    ky = translations["ky"]
    total, done = ky.get_progress()
    assert total == done

    source.update_from_db()

    total, done = ky.get_progress()
    assert done == total - 1
    translate_missing_segments(source, ky.target_locale)
    publish(ky, django_capture_on_commit_callbacks)
    html = client.get(page.get_translation(ky.target_locale).url).content.decode()
    assert translated("Legal help is free for activists.", "ky") in html
    assert translated(SOURCE_TEXT["paragraph"], "ky") not in html
