"""A small events site for the visitor-facing tests: a Russian home and event index, translated on demand.

Translating pages is the slow part of these tests, so the Kyrgyz and English home and index pages are
made only when a test asks for that language (or translates an event into it).
"""

from bs4 import BeautifulSoup
from wagtail.models import Page, Site

from events.factories import EventIndexPageFactory, EventPageFactory
from tests.website.site_tree import ensure_locales, translate
from website.home.factories import HomePageFactory


class EventsSite:
    def __init__(self):
        self.locales = ensure_locales()
        root = Page.get_first_root_node()
        Site.objects.all().delete()
        for child in root.get_children():
            child.delete()
        home = HomePageFactory(
            parent=root, title="Бирге", slug="home", locale=self.locales["ru"], hero_title="Вместе"
        )
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Birge"
        )
        self.homes = {"ru": home}
        self.indexes = {"ru": EventIndexPageFactory(parent=home, title="События")}

    def index(self, language):
        """The event index in a language, with its home page, translated on first use."""
        if language not in self.indexes:
            titles = {"ky": ("Бирге ky", "Иш-чаралар"), "en": ("Birge", "Events")}[language]
            self.homes[language] = translate(self.homes["ru"], self.locales[language], title=titles[0])
            self.indexes[language] = translate(self.indexes["ru"], self.locales[language], title=titles[1])
        return self.indexes[language]


def build_events_site(*languages):
    site = EventsSite()
    for language in languages:
        site.index(language)
    return site


def add_event(site, **fields):
    """A Russian event page (the canonical one) under the Russian index."""
    return EventPageFactory(parent=site.indexes["ru"], **fields)


def translate_event(site, event, language, **fields):
    site.index(language)
    return translate(event, site.locales[language], **fields)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(response):
    return " ".join(soup(response).get_text(" ").split())


def sign_up_url(event):
    """Where the event page's sign-up form posts: the events' own address with the page id."""
    return f"/{event.locale.language_code}/events/sign-up/{event.pk}/"
