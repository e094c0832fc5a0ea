"""The home page: the site root in Russian, with its Kyrgyz and English translations."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from website.core.sites import set_site_address
from website.home.models import HomePage

from .data import blocks, page_fields, read
from .localize import ensure_page, update_page
from .text import SOURCE_LANGUAGE

SLUG = "home"


def home_fields(hero_image, links=None):
    """The home page's content (home.yaml); `links` (pages by key) adds the buttons that lead into the site."""
    content = read("home")
    fields = page_fields(
        {key: value for key, value in content.items() if key not in ("links", "hero_cta_page")},
        {"hero": hero_image},
    )
    if links:
        fields["hero_cta_page"] = links[content["hero_cta_page"]]
        fields["body"] += blocks(content["links"], links)
    return fields


def _remove_default_pages(root):
    """Wagtail's "Welcome" placeholder (a plain Page at the top of the tree) makes way for the home page."""
    plain_page = ContentType.objects.get_for_model(Page)
    for page in root.get_children().filter(content_type=plain_page):
        page.delete()


def _make_site_root(home):
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.site_name = "Birge"
    site.save()
    set_site_address(site, settings.SITE_BASE_URL)


def ensure_home(locales, hero_image):
    """The Russian home page as the default site's root, with ky and en translations. Returns (page, created)."""
    root = Page.get_first_root_node()
    created = not HomePage.objects.filter(locale=locales[SOURCE_LANGUAGE], depth=2).exists()
    if created:
        _remove_default_pages(root)
    home = ensure_page(root, HomePage, SLUG, home_fields(hero_image), locales)
    _make_site_root(home)
    return home, created


def link_home(home, hero_image, links, locales):
    """Add the buttons to pages that exist only once the rest of the site is built."""
    update_page(home, home_fields(hero_image, links), locales)
