"""Partner snippets (member NGOs and coalition members) and the partners page (partners.yaml)."""

from website.partners.models import Partner, PartnersPage

from .data import page_fields, read
from .localize import ensure_page, ensure_snippet
from .media import ensure_image
from .text import resolve


def _partner_builder(order, partner, logo):
    def build(language):
        return Partner(
            name=resolve(partner["name"], language),
            kind=partner["kind"],
            region=resolve(partner["region"], language),
            description=resolve(partner["description"], language),
            logo=logo,
            sort_order=order,
        )

    return build


def ensure_partners(home, locales):
    """Every partner snippet (with a generated logo) and the partners page; returns the page."""
    content = read("partners")
    for order, partner in enumerate(content["partners"], start=1):
        logo = ensure_image(f"Логотип: {partner['name'].ru}", "monogram", size=(240, 240), seed=order)
        ensure_snippet(Partner, partner["key"], _partner_builder(order, partner, logo), locales)
    return ensure_page(home, PartnersPage, "partners", page_fields(content["page"]), locales)
