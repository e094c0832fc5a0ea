"""Topics, partners and menus in the admin, per language, and translated with wagtail-localize."""

import json
import re

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.website.site_tree import staff_with_second_factor
from website.core.factories import NavigationMenuFactory, TopicFactory
from website.core.models import NavigationMenu, Topic
from website.partners.factories import PartnerFactory
from website.partners.models import Partner


@pytest.fixture
def editor_client(client, site_tree):
    client.force_login(staff_with_second_factor())
    return client


@pytest.mark.parametrize("model", [Topic, Partner, NavigationMenu])
def test_snippet_listing_filters_by_language(editor_client, site_tree, model):
    factory = {Topic: TopicFactory, Partner: PartnerFactory, NavigationMenu: NavigationMenuFactory}[model]
    factory(locale=site_tree.locales["ru"])
    factory(locale=site_tree.locales["ky"])
    url = reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:list")

    everything = editor_client.get(url)
    kyrgyz = editor_client.get(url, {"locale": "ky"})

    assert everything.status_code == 200
    assert len(kyrgyz.context["object_list"]) == 1
    assert kyrgyz.context["object_list"][0].locale.language_code == "ky"


def test_topic_is_translated_with_wagtail_localize(site_tree, django_capture_on_commit_callbacks):
    topic = TopicFactory(name="Safety", slug="safety", locale=site_tree.locales["en"])
    source, _ = TranslationSource.get_or_create_from_instance(topic)
    translation = Translation.objects.create(source=source, target_locale=site_tree.locales["ky"])
    segment = StringSegment.objects.get(source=source)
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=site_tree.locales["ky"],
        context=segment.context,
        data="Коопсуздук",
    )

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    ky_topic = topic.get_translation(site_tree.locales["ky"])
    assert (ky_topic.name, ky_topic.slug) == ("Коопсуздук", "safety")


def test_partners_are_edited_under_site_content_beside_menus_and_topics(editor_client):
    html = editor_client.get("/admin/").content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )

    assert site_content_links(json.loads(props.group(1))) == [
        "/admin/snippets/core/navigationmenu/",
        "/admin/snippets/core/topic/",
        "/admin/snippets/partners/partner/",
    ]


def site_content_links(node):
    """The addresses in the sidebar's "Site content" submenu, in order (None when there is no such menu)."""
    if isinstance(node, dict):
        arguments = node.get("_args", [])
        if (
            len(arguments) == 2
            and isinstance(arguments[0], dict)
            and arguments[0].get("name") == "site-content"
        ):
            return [item["_args"][0]["url"] for item in arguments[1]]
        node = list(node.values())
    if isinstance(node, list):
        for child in node:
            links = site_content_links(child)
            if links is not None:
                return links
    return None
