"""RSS per language, search per language, sitemap.xml and robots.txt."""

import io
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from wagtail.models import Site

from learning.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, ModulePageFactory
from tests.website.site_tree import translate
from website.news.factories import NewsIndexPageFactory, NewsPageFactory
from website.standard.factories import StandardPageFactory
from website.stories.factories import StoryIndexPageFactory, forced_live_story_without_consent


@pytest.fixture
def news_in_two_languages(site_tree):
    index = NewsIndexPageFactory(parent=site_tree.homes["ru"])
    ru_item = NewsPageFactory(parent=index, title="Тренинг для юристов", slug="training")
    index_ky = translate(index, site_tree.locales["ky"], title="Жаңылыктар")
    ky_item = translate(ru_item, site_tree.locales["ky"], title="Юристтер үчүн тренинг")
    NewsPageFactory(
        parent=index_ky, title="Кыргызча гана жаңылык", slug="ky-only", locale=site_tree.locales["ky"]
    )
    return index, index_ky, ru_item, ky_item


def feed_titles(response):
    channel = ET.fromstring(response.content).find("channel")
    return channel, [item.findtext("title") for item in channel.findall("item")]


def test_each_language_has_its_own_news_feed(client, news_in_two_languages):
    ru = client.get("/ru/news/feed/")
    ky = client.get("/ky/news/feed/")

    assert ru["Content-Type"].startswith("application/rss+xml")
    ru_channel, ru_titles = feed_titles(ru)
    ky_channel, ky_titles = feed_titles(ky)
    assert ru_titles == ["Тренинг для юристов"]
    assert sorted(ky_titles) == ["Кыргызча гана жаңылык", "Юристтер үчүн тренинг"]
    assert ru_channel.findtext("language") == "ru"
    assert ky_channel.findtext("language") == "ky"
    assert ky_channel.find("item").findtext("link").startswith("http://localhost/ky/news/")


def test_news_index_links_its_feed(client, news_in_two_languages):
    html = client.get("/ky/news/").content.decode()

    assert (
        '<link rel="alternate" type="application/rss+xml" title="Жаңылыктар" href="/ky/news/feed/">' in html
    )


def test_search_finds_pages_in_the_active_language_only(client, site_tree):
    page = StandardPageFactory(parent=site_tree.homes["ru"], title="Правовая помощь Бирге", slug="legal-help")
    translate(page, site_tree.locales["ky"], title="Укуктук жардам Бирге")

    ru = client.get("/ru/search/", {"q": "Бирге"}).content.decode()
    ky = client.get("/ky/search/", {"q": "Бирге"}).content.decode()

    assert "Правовая помощь Бирге" in ru and "Укуктук жардам Бирге" not in ru
    assert "Укуктук жардам Бирге" in ky and "Правовая помощь Бирге" not in ky


def test_search_paginates_and_survives_bad_page_numbers(client, site_tree):
    for number in range(12):
        StandardPageFactory(parent=site_tree.homes["ru"], title=f"Отчёт {number}", slug=f"report-{number}")

    first = client.get("/ru/search/", {"q": "Отчёт"}).content.decode()
    second = client.get("/ru/search/", {"q": "Отчёт", "page": "2"}).content.decode()
    bad = client.get("/ru/search/", {"q": "Отчёт", "page": "zzz"})

    assert len(re.findall(r'<li>\s*<h2><a href="/ru/report-', first)) == 10
    assert len(re.findall(r'<li>\s*<h2><a href="/ru/report-', second)) == 2
    assert bad.status_code == 200


def test_story_without_consent_stays_out_of_search_and_sitemap(client, site_tree):
    stories = StoryIndexPageFactory(parent=site_tree.homes["ru"])
    forced_live_story_without_consent(parent=stories, title="История без согласия", slug="secret")

    assert "История без согласия" not in client.get("/ru/search/", {"q": "согласия"}).content.decode()
    assert "/ru/stories/secret/" not in client.get("/sitemap.xml").content.decode()
    assert client.get("/ru/stories/secret/").status_code == 404


def test_sitemap_lists_pages_of_all_three_languages(client, news_in_two_languages):
    xml = client.get("/sitemap.xml").content.decode()

    for url in ("/ru/", "/ky/", "/en/", "/ru/news/training/", "/ky/news/training/", "/ky/news/ky-only/"):
        assert f"<loc>http://localhost{url}</loc>" in xml


SITEMAP = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_alternates(client):
    """Each <loc> of sitemap.xml → its hreflang alternates."""
    urlset = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.findtext("sm:loc", namespaces=SITEMAP): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP)
        }
        for url in urlset.findall("sm:url", SITEMAP)
    }


def test_sitemap_names_the_translations_of_each_page(client, news_in_two_languages):
    alternates = sitemap_alternates(client)

    both = {
        "ru": "http://localhost/ru/news/training/",
        "ky": "http://localhost/ky/news/training/",
        "x-default": "http://localhost/ru/news/training/",
    }
    assert alternates["http://localhost/ru/news/training/"] == both
    assert alternates["http://localhost/ky/news/training/"] == both
    assert alternates["http://localhost/ky/news/ky-only/"] == {
        "ky": "http://localhost/ky/news/ky-only/",
        "x-default": "http://localhost/ky/news/ky-only/",
    }


def test_sitemap_uses_the_public_address_once_the_site_is_set_up(client, site_tree, settings):
    settings.SITE_BASE_URL = "https://birge.example"

    call_command("set_site_address", stdout=io.StringIO())

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("birge.example", 443)
    assert "https://birge.example/ky/" in sitemap_alternates(client)


def test_sitemap_leaves_out_lessons_and_modules_a_visitor_cannot_open(client, site_tree):
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=site_tree.homes["ru"], slug="courses"), slug="cbpr"
    )
    module = ModulePageFactory(parent=course, slug="data")
    LessonPageFactory(parent=module, slug="interviews")

    locations = sitemap_alternates(client)

    assert "http://localhost/ru/courses/cbpr/" in locations
    assert not [url for url in locations if "/cbpr/data/" in url]


def test_robots_txt_points_to_the_sitemap_and_keeps_private_areas_out(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain"
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /*/accounts/" in body
