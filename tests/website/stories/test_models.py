"""Stories show their photo and quote on their page, on the stories page and in the home carousel."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from website.stories.factories import StoryIndexPageFactory, StoryPageFactory


@pytest.fixture
def stories(site_tree):
    return StoryIndexPageFactory(parent=site_tree.homes["ru"])


def add_stories(index, count):
    for number in range(count):
        StoryPageFactory(
            parent=index,
            quote=f"Цитата {number}: я больше не боюсь.",
            photo=wagtail_factories.ImageFactory(title=f"Фото {number}"),
        )


def test_a_story_shows_its_photo_and_quote(client, stories):
    story = StoryPageFactory(
        parent=stories, quote="Я больше не боюсь говорить.", photo=wagtail_factories.ImageFactory()
    )

    for url in (story.url, stories.url, "/ru/"):
        html = client.get(url).content.decode()
        assert "Я больше не боюсь говорить." in html
        assert "<img" in html and ("story-photo" in html or "story-card__photo" in html)


def test_a_story_without_a_quote_shows_its_excerpt_in_the_lists(client, stories):
    StoryPageFactory(parent=stories, quote="", excerpt="Короткий рассказ о тренинге.")

    for url in (stories.url, "/ru/"):
        assert "Короткий рассказ о тренинге." in client.get(url).content.decode()


@pytest.mark.parametrize("url", ["/ru/", "/ru/stories/"])
def test_photos_add_no_query_per_story(client, stories, url):
    add_stories(stories, 2)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)

    add_stories(stories, 6)
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        client.get(url)

    assert len(few) == len(many)
