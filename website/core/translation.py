"""Explicit wagtail-localize field lists: text is translated, slugs, dates, prices and links are synchronised."""

from wagtail_localize.fields import SynchronizedField, TranslatableField


def page_translatable_fields(translated=(), synchronized=()):
    """Fields every page shares, plus the page type's own."""
    return [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        *(TranslatableField(name) for name in translated),
        *(SynchronizedField(name) for name in synchronized),
    ]
