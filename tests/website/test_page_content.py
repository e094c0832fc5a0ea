"""What visitors see on each page type, in their language."""

import datetime
import xml.etree.ElementTree as ET

import pytest
import wagtail_factories
from django.core.files.base import ContentFile

from learning.factories import CourseIndexPageFactory, CoursePageFactory
from tests.website.site_tree import translate
from website.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from website.core.factories import TopicFactory
from website.core.models import SiteSettings
from website.news.factories import NewsIndexPageFactory, NewsPageFactory
from website.news.models import TagName
from website.partners.factories import PartnerFactory, PartnersPageFactory
from website.partners.models import Partner
from website.publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from website.stories.factories import (
    StoryIndexPageFactory,
    StoryPageFactory,
    forced_live_story_without_consent,
)


def test_home_features_the_latest_three_news_of_its_language(client, site_tree):
    index = NewsIndexPageFactory(parent=site_tree.homes["ru"])
    for day in range(1, 6):
        NewsPageFactory(parent=index, title=f"Новость {day}", date=datetime.date(2025, 12, day))
    index_ky = translate(index, site_tree.locales["ky"])
    NewsPageFactory(parent=index_ky, title="Жаңылык", locale=site_tree.locales["ky"])

    ru = client.get("/ru/").content.decode()
    ky = client.get("/ky/").content.decode()

    assert [f"Новость {day}" in ru for day in range(5, 0, -1)] == [True, True, True, False, False]
    assert "Жаңылык" not in ru
    assert "Жаңылык" in ky and "Новость 5" not in ky
    assert "5 декабря 2025" in ru


def test_home_features_only_featured_live_courses(client, site_tree):
    courses = CourseIndexPageFactory(parent=site_tree.homes["ru"], slug="courses")
    CoursePageFactory(parent=courses, title="CBPR", slug="cbpr", featured=True, price=75, currency="EUR")
    CoursePageFactory(parent=courses, title="Не на главной", slug="plain", featured=False)
    CoursePageFactory(parent=courses, title="Черновик", slug="draft", featured=True, live=False)

    html = client.get("/ru/").content.decode()

    assert "CBPR" in html and "75,00 EUR" in html
    assert "Не на главной" not in html and "Черновик" not in html


def test_stories_show_only_with_consent_and_anonymous_when_unsigned(client, site_tree):
    stories = StoryIndexPageFactory(parent=site_tree.homes["ru"])
    StoryPageFactory(parent=stories, excerpt="Я узнала свои права.", author_name="")
    StoryPageFactory(parent=stories, excerpt="Подписанная история.", author_name="Айгуль")
    forced_live_story_without_consent(parent=stories, excerpt="Без согласия.")

    for url in ("/ru/", "/ru/stories/"):
        html = client.get(url).content.decode()
        assert "Я узнала свои права." in html and "Anonymous" in html
        assert "Айгуль" in html
        assert "Без согласия." not in html
    assert 'class="carousel"' in client.get("/ru/").content.decode()


def test_news_index_filters_by_tag(client, site_tree):
    index = NewsIndexPageFactory(parent=site_tree.homes["ru"])
    NewsPageFactory(parent=index, title="Про ЛГБТ", tags=["sogi"])
    NewsPageFactory(parent=index, title="Про суды", tags=["courts"])

    html = client.get("/ru/news/", {"tag": "sogi"}).content.decode()

    assert "Про ЛГБТ" in html and "Про суды" not in html


def test_news_tags_show_in_the_language_of_the_page(client, site_tree):
    index = NewsIndexPageFactory(parent=site_tree.homes["ru"], slug="news")
    item = NewsPageFactory(
        parent=index, slug="den-prav", title="День прав человека", tags=["human-rights-day"]
    )
    names = {"ru": "День прав человека", "ky": "Адам укуктарынын күнү", "en": "Human Rights Day"}
    russian = TagName.objects.create(tag=item.tags.get(), name=names["ru"], locale=site_tree.locales["ru"])
    for language in ("ky", "en"):
        translated = russian.copy_for_translation(site_tree.locales[language])
        translated.name = names[language]
        translated.save()
        translate(index, site_tree.locales[language])
        translate(item, site_tree.locales[language])

    for language, name in names.items():
        item_html = client.get(f"/{language}/news/den-prav/").content.decode()
        index_html = client.get(f"/{language}/news/").content.decode()
        assert f'?tag=human-rights-day">{name}</a>' in item_html
        assert f'?tag=human-rights-day">{name}</a>' in index_html
        if language != "ru":
            assert f'?tag=human-rights-day">{names["ru"]}</a>' not in item_html


def test_the_news_feed_names_its_categories_in_the_feeds_language(
    client, site_tree, django_assert_max_num_queries
):
    index = NewsIndexPageFactory(parent=site_tree.homes["ru"], slug="news")
    items = [
        NewsPageFactory(parent=index, slug=f"den-prav-{n}", title=f"Новость {n}", tags=["human-rights-day"])
        for n in range(3)
    ]
    russian = TagName.objects.create(
        tag=items[0].tags.get(), name="День прав человека", locale=site_tree.locales["ru"]
    )
    kyrgyz = russian.copy_for_translation(site_tree.locales["ky"])
    kyrgyz.name = "Адам укуктарынын күнү"
    kyrgyz.save()
    translate(index, site_tree.locales["ky"])
    for item in items:
        translate(item, site_tree.locales["ky"])

    with django_assert_max_num_queries(15):
        kyrgyz_feed = client.get("/ky/news/feed/")
    russian_feed = client.get("/ru/news/feed/")

    def categories(feed):
        return [category.text for category in ET.fromstring(feed.content).iter("category")]

    assert categories(kyrgyz_feed) == ["Адам укуктарынын күнү"] * 3
    assert categories(russian_feed) == ["День прав человека"] * 3


def test_article_index_filters_by_topic_of_the_active_language(client, site_tree):
    topic = TopicFactory(name="Право на защиту", slug="defence", locale=site_tree.locales["ru"])
    other = TopicFactory(name="Здоровье", slug="health", locale=site_tree.locales["ru"])
    index = ArticleIndexPageFactory(parent=site_tree.homes["ru"])
    ArticlePageFactory(parent=index, title="Как найти адвоката", topics=[topic])
    ArticlePageFactory(parent=index, title="Тестирование на ВИЧ", topics=[other])

    html = client.get("/ru/articles/", {"topic": "defence"}).content.decode()

    assert "Как найти адвоката" in html and "Тестирование на ВИЧ" not in html
    assert 'href="?topic=health"' in html


def test_translated_article_shows_translated_topic_names(client, site_tree):
    topic = TopicFactory(name="Право на защиту", slug="defence", locale=site_tree.locales["ru"])
    ky_topic = topic.copy_for_translation(site_tree.locales["ky"])
    ky_topic.name = "Коргонуу укугу"
    ky_topic.save()
    index = ArticleIndexPageFactory(parent=site_tree.homes["ru"])
    article = ArticlePageFactory(parent=index, slug="lawyer", topics=[topic])
    translate(index, site_tree.locales["ky"])
    translate(article, site_tree.locales["ky"], title="Адвокатты кантип табуу керек")

    listing = client.get("/ky/articles/", {"topic": "defence"}).content.decode()
    detail = client.get("/ky/articles/lawyer/").content.decode()

    assert "Адвокатты кантип табуу керек" in listing and "Коргонуу укугу" in listing
    assert "Коргонуу укугу" in detail and "Право на защиту" not in detail


def test_publication_offers_its_file_with_type_and_size(client, site_tree):
    document = wagtail_factories.DocumentFactory(
        file=ContentFile(b"%PDF-1.4 " + b"x" * 2048, name="report.pdf")
    )
    index = PublicationIndexPageFactory(parent=site_tree.homes["ru"])
    PublicationPageFactory(parent=index, slug="report-2025", document=document)

    for url in ("/ru/publications/", "/ru/publications/report-2025/"):
        html = client.get(url).content.decode()
        assert f'href="{document.url}"' in html
        assert "(PDF, 2,0\xa0КБ)" in html


def test_partners_page_groups_this_languages_partners_by_kind(client, site_tree):
    PartnersPageFactory(parent=site_tree.homes["ru"])
    PartnerFactory(name="Правозащитный центр", kind=Partner.Kind.MEMBER, locale=site_tree.locales["ru"])
    PartnerFactory(name="Фонд", kind=Partner.Kind.DONOR, locale=site_tree.locales["ru"])
    PartnerFactory(name="Укук борбору", kind=Partner.Kind.MEMBER, locale=site_tree.locales["ky"])

    html = client.get("/ru/partners/").content.decode()

    assert "Правозащитный центр" in html and "Фонд" in html and "Укук борбору" not in html
    assert (
        html.index("Member NGO")
        < html.index("Правозащитный центр")
        < html.index("Donor")
        < html.index("Фонд")
    )


def test_footer_shows_site_contacts(client, site_tree):
    SiteSettings.objects.create(
        email="info@birge.kg", phone="+996 312 000 000", telegram="https://t.me/birge"
    )

    html = client.get("/ru/").content.decode()

    assert 'href="mailto:info@birge.kg"' in html
    assert 'href="tel:+996312000000"' in html
    assert 'href="https://t.me/birge"' in html


def test_header_offers_account_links(client, site_tree):
    from website.accounts.factories import UserFactory

    anonymous = client.get("/ru/").content.decode()
    client.force_login(UserFactory())
    member = client.get("/ru/").content.decode()

    assert 'href="/ru/accounts/login/"' in anonymous and 'href="/ru/accounts/signup/"' in anonymous
    assert 'href="/ru/accounts/profile/"' in member and 'action="/ru/accounts/logout/"' in member
    assert 'href="/ru/accounts/login/"' not in member


def test_server_error_page_needs_no_database(rf):
    """No ``db`` fixture here: any query would raise."""
    from website.core.views import server_error

    response = server_error(rf.get("/ru/"))

    assert response.status_code == 500
    assert "Сервер катасы" in response.content.decode()


@pytest.mark.parametrize("available", [True, False])
def test_video_shows_the_player_or_a_plain_link(monkeypatch, available):
    from django.template import Context, Template
    from wagtail.embeds.exceptions import EmbedNotFoundException

    class Embed:
        html = '<iframe src="https://www.youtube.com/embed/birge"></iframe>'

    def get_embed(url, max_width=None):
        if not available:
            raise EmbedNotFoundException
        return Embed()

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", get_embed)
    html = Template("{% load birge_tags %}{% video_embed url %}").render(
        Context({"url": "https://www.youtube.com/watch?v=birge"})
    )

    assert ("<iframe" in html) is available
    assert ('href="https://www.youtube.com/watch?v=birge"' in html) is not available
