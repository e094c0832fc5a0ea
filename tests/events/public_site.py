"""A small multilingual events site for the visitor-facing tests: an event index in ru, ky and en."""

from types import SimpleNamespace

from bs4 import BeautifulSoup

from events.factories import EventIndexPageFactory, EventPageFactory
from tests.website.site_tree import build_site_tree, translate


def build_events_site():
    tree = build_site_tree()
    index = EventIndexPageFactory(parent=tree.homes["ru"], title="События")
    indexes = {
        "ru": index,
        "ky": translate(index, tree.locales["ky"], title="Иш-чаралар"),
        "en": translate(index, tree.locales["en"], title="Events"),
    }
    return SimpleNamespace(locales=tree.locales, homes=tree.homes, indexes=indexes)


def add_event(site, **fields):
    """A Russian event page (the canonical one) under the Russian index."""
    return EventPageFactory(parent=site.indexes["ru"], **fields)


def translate_event(site, event, language, **fields):
    return translate(event, site.locales[language], **fields)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(response):
    return " ".join(soup(response).get_text(" ").split())
