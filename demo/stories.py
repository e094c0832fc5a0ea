"""The stories index and one feedback story, published anonymously with the author's consent (stories.yaml)."""

from datetime import date

from website.stories.models import StoryIndexPage, StoryPage

from .data import page_fields, read
from .localize import ensure_page


def ensure_stories(home, locales, today=None):
    """The stories index with its stories; returns the index."""
    content = read("stories")
    index = ensure_page(home, StoryIndexPage, "stories", content["index"], locales)
    for entry in content["stories"]:
        ensure_page(index, StoryPage, entry["slug"], page_fields(entry, today=today or date.today()), locales)
    return index
