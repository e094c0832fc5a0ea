"""Journey 6: an editor writes a news item in the Wagtail admin, translates it into Kyrgyz and publishes it."""

import uuid

import pytest

from tests.browser.journeys import log_in

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]

# The admin speaks English to this editor; its words are Wagtail's and wagtail-localize's own.
KYRGYZ = "Кыргызча"


def translate_field(page, text):
    """In wagtail-localize's editor: open the next untranslated field, type the translation and save it."""
    page.get_by_role("button", name="Translate", exact=True).first.click()
    page.get_by_role("textbox").last.fill(text)
    page.get_by_role("button", name="Save", exact=True).click()


def test_an_editor_publishes_a_news_item_and_its_kyrgyz_translation(journey):
    mark = uuid.uuid4().hex[:6]
    russian_title, kyrgyz_title = (
        f"Открылась приёмная в Оше {mark}",
        f"Оштогу кабыл алуу бөлмөсү ачылды {mark}",
    )
    kyrgyz_summary = "Ар шаршемби сайын акысыз юридикалык кеңеш."
    page = journey.open(locale="en")
    log_in(page, journey.site.accounts["admin"])

    page.goto("/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'Главная'").click()
    page.get_by_role("link", name="Explore child pages of 'Новости'").click()
    page.get_by_role("link", name="Add child page").first.click()
    page.get_by_role("textbox", name="Title*", exact=True).fill(russian_title)
    page.get_by_role("textbox", name="Summary", exact=True).fill(
        "Бесплатные консультации юриста каждую среду."
    )
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()

    page.get_by_role("button", name=f"More options for '{russian_title}'").click()
    page.get_by_role("link", name="Translate").click()
    page.get_by_label(KYRGYZ).check()
    page.get_by_role("button", name="Submit").click()
    translate_field(page, kyrgyz_title)
    translate_field(page, kyrgyz_summary)
    page.get_by_role("button", name=f"Publish in {KYRGYZ}").click()
    page.wait_for_load_state()

    visitor = journey.open(locale="ky-KG")
    visitor.goto("/ky/news/")
    visitor.get_by_role("link", name=kyrgyz_title).click()
    assert visitor.get_by_role("heading", level=1).inner_text() == kyrgyz_title
    assert kyrgyz_summary in visitor.get_by_role("main").inner_text()
    assert visitor.url.startswith(f"{journey.site.url}/ky/news/")
