"""The default site with its home page and the course catalogue, for tests that show courses."""

from wagtail.models import Page, Site

from learning.factories import CourseIndexPageFactory
from learning.models import CourseIndexPage
from website.core.factories import locale, translate
from website.home.models import HomePage


def root_page():
    """Wagtail's tree root; recreated when a transactional test has flushed the migration's rows."""
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=locale("ru")))


def site_home(language="ru"):
    """The default Site's home page in `language` (created with the site on first use)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        home = site.root_page.specific
    else:
        home = HomePage(title="Birge", slug="birge-home", hero_title="Birge", locale=locale("ru"))
        root_page().add_child(instance=home)
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
        )
    if home.locale.language_code == language:
        return home
    return home.get_translation_or_none(locale(language)) or translate(home, language)


def catalogue(language="ru"):
    """The course catalogue under the home page in `language`, created if missing."""
    home = site_home(language)
    existing = CourseIndexPage.objects.child_of(home).first()
    return existing or CourseIndexPageFactory(parent=home, slug="courses")
