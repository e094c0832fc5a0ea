"""Explicit wagtail-localize field lists: text and page slugs are translated; dates, prices and links are
synchronised."""

from wagtail_localize.fields import SynchronizedField, TranslatableField


def page_translatable_fields(translated=(), synchronized=()):
    """Fields every page shares, plus the page type's own. The slug is translated, so a Kyrgyz or English
    page has an address in its own words (it starts as the source's until a translator changes it)."""
    return [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("slug"),
        *(TranslatableField(name) for name in translated),
        *(SynchronizedField(name) for name in synchronized),
    ]


def canonical_page(page):
    """The first-created page among a page's translations: transactions point at it, whatever the language."""
    return page.specific_class.objects.filter(translation_key=page.translation_key).order_by("pk").first()
