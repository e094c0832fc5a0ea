"""The language switcher, the language redirect from / and the translated 404 page."""

import re

import pytest

from events.factories import EventIndexPageFactory
from tests.website.site_tree import translate
from website.core.factories import NavigationMenuFactory, NavigationMenuItemFactory
from website.news.factories import NewsIndexPageFactory, NewsPageFactory


def switcher_links(html):
    """{language code: (href, is current)} from the language switcher."""
    nav = html[html.index('class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    links = re.findall(r'<a href="([^"]*)" lang="(\w+)" hreflang="\w+"( aria-current="true")?>', nav)
    return {code: (href, bool(current)) for href, code, current in links}


@pytest.fixture
def news(site_tree):
    index = NewsIndexPageFactory(parent=site_tree.homes["ru"], locale=site_tree.locales["ru"])
    item = NewsPageFactory(parent=index, slug="training", title="Тренинг в Оше")
    return index, item


def test_links_to_the_same_page_in_each_translated_language(client, site_tree, news):
    index, item = news
    translate(index, site_tree.locales["ky"], slug="jangylyktar")
    translate(item, site_tree.locales["ky"], slug="trening", title="Оштогу тренинг")
    translate(index, site_tree.locales["en"])
    translate(item, site_tree.locales["en"], title="Training in Osh")

    html = client.get("/ru/news/training/").content.decode()

    assert switcher_links(html) == {
        "ky": ("/ky/jangylyktar/trening/", False),
        "ru": ("/ru/news/training/", True),
        "en": ("/en/news/training/", False),
    }
    head = html.split("</head>")[0]
    for code, url in [
        ("ky", "/ky/jangylyktar/trening/"),
        ("ru", "/ru/news/training/"),
        ("x-default", "/ru/news/training/"),
        ("en", "/en/news/training/"),
    ]:
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver{url}">' in head
    assert ">Кыргызча</a>" in html and ">Русский</a>" in html and ">English</a>" in html


def test_untranslated_page_links_to_the_nearest_translated_ancestor(client, site_tree, news):
    index, _ = news
    translate(index, site_tree.locales["ky"], slug="jangylyktar")

    html = client.get("/ru/news/training/").content.decode()

    links = switcher_links(html)
    assert links["ky"] == ("/ky/jangylyktar/", False)
    assert links["en"] == ("/en/", False)
    assert 'hreflang="ky"' not in html.split("</head>")[0]


def test_draft_translation_is_not_offered(client, site_tree, news):
    _, item = news
    index_ky = translate(news[0], site_tree.locales["ky"], slug="jangylyktar")
    draft = item.copy_for_translation(site_tree.locales["ky"])
    assert not draft.live

    links = switcher_links(client.get("/ru/news/training/").content.decode())

    assert links["ky"] == (index_ky.url, False)


def test_views_outside_the_page_tree_keep_their_path_and_query(client, site_tree):
    links = switcher_links(client.get("/ru/search/", {"q": "права", "page": "2"}).content.decode())

    assert links["ky"][0] == "/ky/search/?q=%D0%BF%D1%80%D0%B0%D0%B2%D0%B0&amp;page=2"
    assert links["en"][0].startswith("/en/search/?q=")
    assert links["ru"][1] is True


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ky", "/ky/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("ru-RU,ru;q=0.8", "/ru/"),
        ("de-DE,fr;q=0.8", "/ru/"),
        ("", "/ru/"),
    ],
)
def test_root_redirects_by_accept_language(client, site_tree, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("path", ["/de/", "/de/news/", "/ky/no-such-page/", "/en/news/nothing/"])
def test_unknown_language_or_page_gives_the_translated_404(client, site_tree, news, path):
    response = client.get(path, follow=True)

    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    html = response.content.decode()
    language = response.wsgi_request.LANGUAGE_CODE
    assert f'<html lang="{language}">' in html
    assert switcher_links(html)["ky"] == ("/ky/", language == "ky")


def test_kyrgyz_404_is_in_kyrgyz(client, site_tree):
    response = client.get("/ky/no-such-page/")

    assert response.status_code == 404
    assert '<html lang="ky">' in response.content.decode()
    assert response.wsgi_request.LANGUAGE_CODE == "ky"


def test_header_shows_the_menu_of_the_active_language(client, site_tree, news):
    index, _ = news
    index_ky = translate(index, site_tree.locales["ky"], slug="jangylyktar", title="Жаңылыктар")
    ru_menu = NavigationMenuFactory(locale=site_tree.locales["ru"], footer_text="Бишкек, 2025")
    NavigationMenuItemFactory(menu=ru_menu, page=index, label="Новости")
    ky_menu = NavigationMenuFactory(locale=site_tree.locales["ky"], footer_text="Бишкек шаары")
    NavigationMenuItemFactory(menu=ky_menu, page=index, label="")

    ru_html = client.get("/ru/").content.decode()
    ky_html = client.get("/ky/").content.decode()

    assert '<a href="/ru/news/">Новости</a>' in ru_html and "Бишкек, 2025" in ru_html
    assert f'<a href="{index_ky.url}">Жаңылыктар</a>' in ky_html and "Бишкек шаары" in ky_html


def test_without_a_menu_the_header_lists_pages_shown_in_menus(client, site_tree, news):
    index, _ = news
    index.show_in_menus = True
    index.save_revision().publish()

    html = client.get("/ru/").content.decode()

    assert '<a href="/ru/news/">News</a>' in html


def test_a_new_site_without_a_menu_lists_its_events(client, site_tree):
    EventIndexPageFactory(parent=site_tree.homes["ru"], title="События", slug="events")

    html = client.get("/ru/").content.decode()

    assert '<a href="/ru/events/">События</a>' in html


def test_a_page_not_found_in_one_language_is_offered_where_it_exists(client, site_tree, news):
    translate(news[0], site_tree.locales["ky"], slug="news")

    response = client.get("/ky/news/training/")

    assert response.status_code == 404
    assert switcher_links(response.content.decode()) == {
        "ky": ("/ky/", True),
        "ru": ("/ru/news/training/", False),
        "en": ("/en/", False),
    }
