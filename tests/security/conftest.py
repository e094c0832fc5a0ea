import pytest

from events.factories import EventIndexPageFactory, EventPageFactory
from learning import factories as learning_factories
from tests.learning.course_site import catalogue
from tests.website.site_tree import build_site_tree
from website.accounts.factories import StaffFactory
from website.accounts.services import activate_totp_for
from website.news.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def public_pages(db):
    """The public pages a visitor meets first: home, news, a course, events, the sign-in form."""
    tree = build_site_tree()
    news_index = NewsIndexPageFactory(parent=tree.homes["ru"])
    news_item = NewsPageFactory(parent=news_index, title="День прав человека")
    course = learning_factories.CoursePageFactory(parent=catalogue("ru"), title="CBPR")
    events = EventIndexPageFactory(parent=tree.homes["ru"])
    event = EventPageFactory(parent=events, title="День прав человека в Оше")
    return {
        "home": tree.homes["ru"].url,
        "news index": news_index.url,
        "news item": news_item.url,
        "course": course.url,
        "events": events.url,
        "event calendar": events.url + "calendar/",
        "event": event.url,
        "sign-in": "/ru/accounts/login/",
    }


@pytest.fixture
def admin_staff(db):
    """A staff member with a second factor, so the admin lets them in."""
    staff = StaffFactory(email="staff@example.org", preferred_language="en")
    activate_totp_for(staff)
    return staff
