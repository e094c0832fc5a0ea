"""Topics and educational articles, among them how to document a rights violation (articles.yaml)."""

from website.articles.models import ArticleIndexPage, ArticlePage
from website.core.models import Topic

from .data import page_fields, read
from .localize import ensure_page, ensure_snippet
from .text import resolve

DOCUMENTING = "documenting-rights-violations"


def ensure_topics(locales):
    """The shared topics (a Topic snippet each), by slug."""

    def builder(slug, name):
        return lambda language: Topic(name=resolve(name, language), slug=slug)

    return {
        slug: ensure_snippet(Topic, slug, builder(slug, name), locales)
        for slug, name in read("articles")["topics"].items()
    }


def ensure_articles(home, topics, pictures, locales):
    """The article index and its articles; returns the article on documenting violations."""
    content = read("articles")
    index = ensure_page(home, ArticleIndexPage, "articles", content["index"], locales)
    articles = {
        entry["slug"]: ensure_page(
            index, ArticlePage, entry["slug"], page_fields(entry, pictures, topics=topics), locales
        )
        for entry in content["articles"]
    }
    return articles[DOCUMENTING]
