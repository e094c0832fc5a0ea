"""Builds the whole demo site in one transaction, in an order where every link has a target."""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from website.core.models import NavigationMenu
from website.partners.models import Partner

from . import (
    articles,
    cases,
    courses,
    events,
    home,
    navigation,
    news,
    partners,
    people,
    publications,
    standard,
    stories,
)
from .data import read
from .localize import ensure_locales
from .media import ensure_image


@dataclass
class DemoSite:
    home: object
    courses: dict
    credentials: list
    cases: cases.DemoCases


def ensure_pictures():
    """The generated pictures the pages use (pictures.yaml), by key."""
    return {
        key: ensure_image(spec["title"], spec["pattern"], tuple(spec["size"]), spec["seed"])
        for key, spec in read("pictures").items()
    }


def load_demo(credentials_path):
    """Create whatever part of the demo site is missing; returns what was loaded and the demo credentials.

    Wagtail's reference index is brought up to date once, after the translations are published, rather
    than on every one of the many saves a translation makes.
    """
    pages_before = Page.objects.count()
    with disable_reference_index_auto_update(), transaction.atomic():
        site = _load(credentials_path)
    if Page.objects.count() != pages_before:
        with transaction.atomic():
            index_references()
    return site


def index_references():
    """Record what Wagtail's reference index would have recorded had it been updated on each save."""
    objects = [*Page.objects.specific(), *NavigationMenu.objects.all(), *Partner.objects.all()]
    for instance in objects:
        if ReferenceIndex.is_indexed(type(instance)):
            ReferenceIndex.create_or_update_for_object(instance)


def _load(credentials_path):
    locales = ensure_locales()
    users, credentials = people.ensure_accounts(
        credentials_path, [*people.ACCOUNTS, *cases.case_worker_accounts()]
    )
    pictures = ensure_pictures()
    topics = articles.ensure_topics(locales)
    root, home_created = home.ensure_home(locales, pictures["hero"])

    pages = {
        "contact": standard.ensure_contact(root, locales),
        "donate": standard.ensure_donate(root, locales),
        "about": standard.ensure_about(root, locales),
    }
    documenting_article = articles.ensure_articles(root, topics, pictures, locales)
    pages["articles"] = documenting_article.get_parent()
    pages["legal_help"] = standard.ensure_legal_help(root, pages["contact"], documenting_article, locales)
    course_pages = courses.ensure_courses(root, topics, pictures, users[people.TRAINER.role], locales)
    pages["courses"] = course_pages["index"]
    pages["news"] = news.ensure_news(root, course_pages["cbpr"], pictures, locales)
    pages["publications"] = publications.ensure_publications(root, pictures["report_cover"], locales)
    pages["partners"] = partners.ensure_partners(root, locales)
    pages["stories"] = stories.ensure_stories(root, locales)
    event_people = {
        "trainer": users[people.TRAINER.role],
        "learner": users[people.LEARNER.role],
        "editor": users[people.ADMIN.role],
    }
    pages["events"] = events.ensure_events(root, course_pages["cbpr"], pictures, event_people, locales)
    if home_created:
        home.link_home(root, pictures["hero"], pages, locales)

    navigation.ensure_menu(pages, locales)
    navigation.ensure_site_settings()

    learner = users[people.LEARNER.role]
    people.ensure_cohort(course_pages["tot"], users[people.TRAINER.role], learner)
    people.start_learning(learner, course_pages["documenting"])
    demo_cases = cases.ensure_cases(locales, users)
    return DemoSite(home=root, courses=course_pages, credentials=credentials, cases=demo_cases)
