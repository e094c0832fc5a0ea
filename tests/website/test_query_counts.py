"""Listings run a fixed number of SQL queries, however many items there are."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.factories import CourseIndexPageFactory, CoursePageFactory
from website.news.factories import NewsIndexPageFactory, NewsPageFactory
from website.stories.factories import StoryIndexPageFactory, StoryPageFactory


def add_news(index, count):
    for _ in range(count):
        NewsPageFactory(parent=index, image=wagtail_factories.ImageFactory(), tags=["rights", "courts"])


def queries_for(client, url):
    """Queries of a second request, once image renditions and the site-root cache exist."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.fixture
def sections(site_tree):
    home = site_tree.homes["ru"]
    news_index = NewsIndexPageFactory(parent=home)
    courses = CourseIndexPageFactory(parent=home, slug="courses")
    for _ in range(3):
        CoursePageFactory(parent=courses, featured=True, image=wagtail_factories.ImageFactory())
    stories = StoryIndexPageFactory(parent=home)
    for _ in range(3):
        StoryPageFactory(parent=stories)
    return news_index


@pytest.mark.parametrize("url", ["/ru/", "/ru/news/", "/ru/news/?tag=rights", "/ru/news/feed/"])
def test_same_number_of_queries_with_5_and_50_news_items(client, sections, url):
    add_news(sections, 5)
    with_5 = queries_for(client, url)

    add_news(sections, 45)
    with_50 = queries_for(client, url)

    assert with_5 == with_50
