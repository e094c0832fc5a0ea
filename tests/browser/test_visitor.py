import re

import pytest
from playwright.sync_api import expect

from tests.website.site_tree import build_site_tree, translate_all
from website.standard.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def legal_help():
    tree = build_site_tree()
    page = StandardPageFactory(parent=tree.homes["ru"], title="Юридическая помощь", slug="legal-help")
    translate_all(page, ky={"title": "Юридикалык жардам"}, en={"title": "Legal help"})
    return page


def test_a_kyrgyz_browser_lands_on_the_kyrgyz_home(legal_help, page_for):
    page = page_for(locale="ky-KG")
    page.goto("/")
    assert page.url.endswith("/ky/")
    assert page.locator("html").get_attribute("lang") == "ky"


def test_switching_language_keeps_the_visitor_on_the_same_page(legal_help, page_for):
    page = page_for(locale="ky-KG")
    page.goto("/ky/legal-help/")
    expect(page.locator("h1")).to_have_text("Юридикалык жардам")

    page.locator(".language-switcher").get_by_role("link", name="Русский").click()

    expect(page).to_have_url(re.compile(r"/ru/legal-help/$"))
    expect(page.locator("h1")).to_have_text("Юридическая помощь")
    expect(page.locator(".language-switcher [aria-current]")).to_have_text("Русский")


def test_the_skip_link_is_the_first_stop_and_moves_focus_to_the_content(legal_help, page_for):
    page = page_for(locale="en")
    page.goto("/en/legal-help/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
