"""The header on the demo site: Events in the menu in every language; a phone opens the menu from a button,
even without JavaScript, and cuts no word; on a desktop the header is one line and the rest of the menu opens
from "More"."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import SCREENS, ui

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]

EVENTS = {"ky": "Иш-чаралар", "ru": "События", "en": "Events"}
CONTACT = {"ky": "Байланыш", "ru": "Контакты", "en": "Contact"}  # the last item of the demo's menu
# Each link's box and whether its text is wider than the box (a word cut off).
LINK_BOXES = """(links) => links.map((link) => {
  const box = link.getBoundingClientRect();
  return {text: link.textContent.trim(), top: Math.round(box.top), middle: box.top + box.height / 2,
          left: box.left, right: box.right, cut: link.scrollWidth > link.clientWidth};
})"""


def visible_menu(page, language):
    return page.get_by_role("navigation", name=ui("Main menu", language))


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_on_a_phone_the_menu_opens_from_a_button_and_cuts_no_word(journey, language):
    if journey.screen != "phone":
        pytest.skip("a phone's menu")
    page = journey.open(locale=language)
    page.goto(f"/{language}/")
    menu = visible_menu(page, language)
    expect(menu).to_be_hidden()

    page.get_by_text(ui("Menu", language), exact=True).click()

    expect(menu.get_by_role("link", name=EVENTS[language], exact=True)).to_be_visible()
    boxes = menu.get_by_role("link").evaluate_all(LINK_BOXES)
    assert len(boxes) >= 10
    assert [box["text"] for box in boxes if box["cut"] or box["left"] < 0 or box["right"] > 360] == []
    menu.get_by_role("link", name=EVENTS[language], exact=True).click()
    expect(page).to_have_url(f"{journey.site.url}/{language}/events/")


def test_on_a_phone_the_menu_opens_without_javascript(browser, demo_site):
    context = browser.new_context(
        base_url=demo_site.url, locale="ky", viewport=SCREENS["phone"], java_script_enabled=False
    )
    try:
        page = context.new_page()
        page.goto("/ky/")

        page.get_by_text(ui("Menu", "ky"), exact=True).click()

        expect(visible_menu(page, "ky").get_by_role("link", name=EVENTS["ky"], exact=True)).to_be_visible()
    finally:
        context.close()


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_on_a_desktop_the_header_is_one_line_and_the_rest_of_the_menu_opens_from_more(journey, language):
    if journey.screen != "desktop":
        pytest.skip("a desktop's header")
    page = journey.open(locale=language)
    page.goto(f"/{language}/")
    menu = visible_menu(page, language)

    expect(menu.get_by_role("link", name=EVENTS[language], exact=True)).to_be_visible()
    header = page.locator(
        ".site-menu-wide .site-nav > ul > li > a, .site-nav__more summary, .account-nav a, .language-switcher a"
    ).evaluate_all(LINK_BOXES)
    middles = [box["middle"] for box in header]
    assert len(header) >= 10 and max(middles) - min(middles) < 4, header
    assert [box["text"] for box in header if box["cut"] or box["right"] > 1280] == []
    contact = menu.get_by_role("link", name=CONTACT[language], exact=True)
    expect(contact).to_be_hidden()

    menu.get_by_text(ui("More", language), exact=True).click()

    expect(contact).to_be_visible()
    contact.click()
    expect(page).to_have_url(re.compile(rf"/{language}/[^/]+/$"))
