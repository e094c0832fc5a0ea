"""The news index and a few news items, among them the Human Rights Day (10 December) campaign (news.yaml)."""

from datetime import date

from taggit.models import Tag

from website.news.models import NewsIndexPage, NewsPage, TagName

from .data import page_fields, read
from .localize import ensure_page, ensure_snippet
from .text import resolve


def ensure_news(home, cbpr_course, pictures, locales, today=None):
    """The news index with its items; returns the index."""
    content = read("news")
    index = ensure_page(home, NewsIndexPage, "news", content["index"], locales)
    for entry in content["items"]:
        fields = page_fields(entry, pictures, pages={"cbpr": cbpr_course}, today=today or date.today())
        item = ensure_page(index, NewsPage, entry["slug"], fields, locales, slugs=entry.get("slugs"))
        tag_in_every_language(item, entry["tags"])
    ensure_tag_names(content["tag_names"], locales)
    return index


def tag_in_every_language(item, tags):
    """Give the news item and each of its translations the same `tags` (tags are shared; their names are
    translated), publishing the change where it was missing."""
    for page in item.get_translations(inclusive=True).specific():
        if not page.tags.exists():
            page.tags.add(*tags)
            page.save_revision(log_action=False).publish(log_action=False)


def ensure_tag_names(tag_names, locales):
    """Each demo tag's name in Russian, with its Kyrgyz and English translations."""
    for slug, names in tag_names.items():
        tag, _created = Tag.objects.get_or_create(name=slug, defaults={"slug": slug})
        ensure_snippet(
            TagName,
            slug,
            lambda language, tag=tag, names=names: TagName(tag=tag, name=resolve(names, language)),
            locales,
        )
