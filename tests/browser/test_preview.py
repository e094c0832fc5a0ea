"""The preview panel of the page editor shows the page as a visitor would see it, for every kind of page."""

import pytest
from playwright.sync_api import expect

from events.factories import EventIndexPageFactory, EventPageFactory
from learning import factories as learning_factories
from tests.browser.test_content_security_policy import sign_in_with_second_factor
from tests.learning.course_site import catalogue
from tests.website.site_tree import build_site_tree
from website.accounts.factories import StaffFactory
from website.accounts.services import activate_totp_for
from website.news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pages_to_preview():
    tree = build_site_tree()
    course = learning_factories.CoursePageFactory(parent=catalogue("ru"), title="CBPR онлайн")
    module = learning_factories.ModulePageFactory(parent=course, title="Анализ данных")
    return [
        NewsPageFactory(
            parent=NewsIndexPageFactory(parent=tree.homes["ru"]), title="Открылась приёмная в Оше"
        ),
        EventPageFactory(
            parent=EventIndexPageFactory(parent=tree.homes["ru"]), title="День прав человека в Оше"
        ),
        course,
        learning_factories.LessonPageFactory(parent=module, title="Что такое CBPR"),
    ]


def test_the_preview_panel_shows_each_kind_of_page(pages_to_preview, page_for):
    staff = StaffFactory(email="editor@example.org", preferred_language="en")
    secret, _codes = activate_totp_for(staff)
    page = page_for(locale="en")
    sign_in_with_second_factor(page, staff.email, secret)

    for previewed in pages_to_preview:
        page.goto(f"/admin/pages/{previewed.pk}/edit/")
        page.get_by_role("button", name="Toggle preview").click()

        preview = page.frame_locator("iframe[title='Preview']").last
        expect(preview.get_by_role("heading", level=1)).to_have_text(previewed.title)
