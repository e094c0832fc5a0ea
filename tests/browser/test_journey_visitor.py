"""Journey 1: a visitor reads the news in Kyrgyz, switches to Russian on the same article, and searches."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import ui

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def test_a_visitor_reads_news_in_kyrgyz_switches_to_russian_and_finds_an_article(journey):
    page = journey.open(locale="ky-KG")
    page.goto("/")
    assert page.url.endswith("/ky/")
    assert page.locator("html").get_attribute("lang") == "ky"

    news_item = page.get_by_role("main").get_by_role("article").first.get_by_role("link")
    kyrgyz_title = news_item.inner_text().strip()
    news_item.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(kyrgyz_title)
    kyrgyz_path = path_of(page.url)

    page.get_by_role("navigation", name=ui("Language", "ky")).get_by_role("link", name="Русский").click()
    expect(page).to_have_url(re.compile(r"/ru/news/[^/]+/$"))
    # The same article: its Kyrgyz translation is the page the visitor came from (slugs may differ).
    kyrgyz_alternate = page.locator('link[rel="alternate"][hreflang="ky"]')
    expect(kyrgyz_alternate).to_have_attribute("href", re.compile(re.escape(kyrgyz_path) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.get_by_role("heading", level=1)).not_to_have_text(kyrgyz_title)
    expect(page.get_by_role("heading", level=1)).not_to_be_empty()

    page.get_by_role("link", name=ui("Search", "ru"), exact=True).click()
    page.get_by_label(ui("Search the site", "ru")).fill("СОГИ")
    page.get_by_role("button", name=ui("Search", "ru"), exact=True).click()
    result = page.get_by_role("main").get_by_role("link", name=re.compile("СОГИ"))
    result.click()
    expect(page).to_have_url(re.compile("/ru/articles/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("СОГИ")
