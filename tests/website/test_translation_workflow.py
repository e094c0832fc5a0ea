"""Translating a page in the admin: a new translation stays a draft until it is translated and published."""

import pytest
from django.urls import reverse

from tests.website.site_tree import staff_with_second_factor, translate
from tests.website.test_language_switcher import switcher_links
from website.news.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def news_item(site_tree):
    index = NewsIndexPageFactory(parent=site_tree.homes["ru"], slug="news")
    for language in ("ky", "en"):
        translate(index, site_tree.locales[language])
    return NewsPageFactory(parent=index, slug="priemnaya", title="Открылась приёмная в Оше")


def test_submitting_a_page_for_translation_publishes_nothing_in_the_other_languages(
    client, site_tree, news_item, django_capture_on_commit_callbacks
):
    client.force_login(staff_with_second_factor())

    with django_capture_on_commit_callbacks(
        execute=True
    ):  # wagtail-localize publishes once the request commits
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[news_item.pk]),
            {"locales": [site_tree.locales["ky"].pk, site_tree.locales["en"].pk]},
        )

    assert response.status_code == 302
    translations = {page.locale.language_code: page for page in news_item.get_translations()}
    assert set(translations) == {"ky", "en"}
    assert not any(page.live for page in translations.values())
    client.logout()
    assert client.get("/ky/news/priemnaya/").status_code == 404
    assert client.get("/en/news/priemnaya/").status_code == 404
    links = switcher_links(client.get("/ru/news/priemnaya/").content.decode())
    assert links["ky"] == ("/ky/news/", False)
    assert links["en"] == ("/en/news/", False)
