"""Plain pages: about the network, legal help, donations, contacts (standard.yaml)."""

from website.standard.models import StandardPage

from .data import page_fields, read
from .localize import ensure_page


def ensure_standard_page(home, slug, locales, pages=None):
    """The plain page `slug` from standard.yaml; its calls to action lead to `pages` by key."""
    [entry] = [entry for entry in read("standard")["pages"] if entry["slug"] == slug]
    return ensure_page(home, StandardPage, slug, page_fields(entry, pages=pages), locales)


def ensure_contact(home, locales):
    return ensure_standard_page(home, "contact", locales)


def ensure_about(home, locales):
    return ensure_standard_page(home, "about", locales)


def ensure_donate(home, locales):
    return ensure_standard_page(home, "donate", locales)


def ensure_legal_help(home, contact, article, locales):
    """Legal help: how to get it, why documenting matters, and where to go next."""
    pages = {"contact": contact, "documenting-rights-violations": article}
    return ensure_standard_page(home, "legal-help", locales, pages)


def site_details():
    """The contacts and bank details the site settings show."""
    content = read("standard")
    return {**content["contacts"], **content["bank"]}
