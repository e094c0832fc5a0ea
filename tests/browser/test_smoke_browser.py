import pytest
from wagtail.models import Locale, Page, Site

from website.home.models import HomePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def home():
    Locale.objects.get_or_create(language_code="ru")
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Бирге", slug="birge", hero_title="Бирге: права человека"))
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    return home


def test_browser_lands_on_its_language_and_skip_link_reaches_main(home, page_for):
    page = page_for(locale="ky-KG")
    page.goto("/")
    assert page.url.endswith("/ky/") or page.url.endswith("/ru/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
