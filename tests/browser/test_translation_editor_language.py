"""wagtail-localize's translation editor speaks the editor's language, the labels its script writes included."""

import re

import pytest
from playwright.sync_api import expect
from wagtail_localize.operations import translate_object

from tests.browser.test_content_security_policy import sign_in_with_second_factor
from tests.website.site_tree import build_site_tree, translate
from website.accounts.factories import StaffFactory
from website.accounts.services import activate_totp_for
from website.news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def kyrgyz_translation():
    tree = build_site_tree()
    index = NewsIndexPageFactory(parent=tree.homes["ru"], slug="news")
    translate(index, tree.locales["ky"])
    news_item = NewsPageFactory(parent=index, slug="priemnaya", title="Открылась приёмная в Оше")
    translate_object(news_item, [tree.locales["ky"]])
    return news_item.get_translation(tree.locales["ky"])


def test_a_russian_speaking_editor_reads_the_translation_editor_in_russian(
    kyrgyz_translation, page_for, settings
):
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]
    staff = StaffFactory(email="editor@example.org", preferred_language="ru")
    secret, _codes = activate_totp_for(staff)
    page = page_for(locale="ru")
    sign_in_with_second_factor(page, staff.email, secret)

    page.goto(f"/admin/pages/{kyrgyz_translation.pk}/edit/")

    editor = page.locator(".js-translation-editor")
    expect(editor.get_by_role("heading", level=3, name="Русский → Кыргызча: перевод").first).to_be_visible()
    expect(editor.get_by_role("button", name="Больше действий")).to_be_visible()
    expect(editor.get_by_role("heading", level=3, name="Краткое описание")).to_be_visible()
    expect(editor.get_by_text(re.compile(r" to .* translation"))).to_have_count(0)
    expect(page.get_by_role("button", name="More actions")).to_have_count(0)
