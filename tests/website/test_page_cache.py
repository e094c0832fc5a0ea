"""Anonymous visitors get pages from the cache; whatever changes what a page shows clears it at once."""

import re

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client
from django.utils.cache import patch_vary_headers
from wagtail.models import PageViewRestriction

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from learning.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, ModulePageFactory
from website.accounts.factories import UserFactory
from website.core.factories import NavigationMenuFactory, NavigationMenuItemFactory
from website.home.models import HomePage
from website.news.factories import NewsIndexPageFactory, NewsPageFactory

LOGOUT_FORM = 'action="/ru/accounts/logout/"'
PASSWORD_FORM = 'name="password"'
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def news(site_tree, page_cache):
    index = NewsIndexPageFactory(parent=site_tree.homes["ru"])
    NewsPageFactory(parent=index, title="Права и суды", slug="courts", tags=["courts"])
    NewsPageFactory(parent=index, title="Новый отчёт", slug="report")
    return index


@pytest.fixture
def event(site_tree, page_cache):
    index = EventIndexPageFactory(parent=site_tree.homes["ru"], title="События", slug="events")
    return EventPageFactory(parent=index, title="День прав человека", capacity=2)


def html(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("url", ["/ru/", "/ru/news/", "/ru/news/courts/", "/ru/news/?tag=courts"])
def test_second_anonymous_visit_runs_no_query(client, news, django_assert_num_queries, url):
    first = html(client.get(url))

    with django_assert_num_queries(0):
        second = html(Client().get(url))

    assert second == first


def test_each_language_is_cached_on_its_own(client, site_tree, page_cache):
    for _ in range(2):
        assert "Вместе" in html(client.get("/ru/"))
        assert "Бирге биз" in html(client.get("/ky/"))
        assert "Together" in html(client.get("/en/"))


def test_a_filtered_list_is_cached_under_its_full_address(client, news):
    for _ in range(2):
        everything = html(client.get("/ru/news/"))
        filtered = html(client.get("/ru/news/?tag=courts"))
        assert "Права и суды" in everything and "Новый отчёт" in everything
        assert "Права и суды" in filtered and "Новый отчёт" not in filtered


def test_a_signed_in_visitor_never_gets_the_cached_page(client, site_tree, page_cache):
    assert LOGOUT_FORM not in html(client.get("/ru/"))

    client.force_login(UserFactory())

    assert LOGOUT_FORM in html(client.get("/ru/"))


def test_a_signed_in_visitors_page_is_never_stored(client, site_tree, page_cache):
    client.force_login(UserFactory())
    assert LOGOUT_FORM in html(client.get("/ru/"))

    assert LOGOUT_FORM not in html(Client().get("/ru/"))


def test_publishing_a_change_shows_at_once(client, news, django_capture_on_commit_callbacks):
    item = news.get_children().get(slug="courts").specific
    assert "Права и суды" in html(client.get("/ru/news/"))
    assert "Права и суды" in html(client.get("/ru/news/courts/"))

    item.title = "Суд признал нарушение"
    with django_capture_on_commit_callbacks(execute=True):
        item.save_revision().publish()

    assert "Суд признал нарушение" in html(client.get("/ru/news/"))
    assert "Суд признал нарушение" in html(client.get("/ru/news/courts/"))


def test_an_unpublished_page_is_gone_at_once(client, news, django_capture_on_commit_callbacks):
    item = news.get_children().get(slug="courts").specific
    assert "Права и суды" in html(client.get("/ru/news/"))
    html(client.get("/ru/news/courts/"))

    with django_capture_on_commit_callbacks(execute=True):
        item.unpublish()

    assert "Права и суды" not in html(client.get("/ru/news/"))
    assert client.get("/ru/news/courts/").status_code == 404


def test_a_deleted_page_is_gone_at_once(client, news, django_capture_on_commit_callbacks):
    html(client.get("/ru/news/courts/"))

    with django_capture_on_commit_callbacks(execute=True):
        news.get_children().get(slug="courts").delete()

    assert client.get("/ru/news/courts/").status_code == 404
    assert "Права и суды" not in html(client.get("/ru/news/"))


def test_a_moved_page_answers_at_its_new_address_at_once(
    client, site_tree, news, django_capture_on_commit_callbacks
):
    html(client.get("/ru/news/courts/"))

    with django_capture_on_commit_callbacks(execute=True):
        news.get_children().get(slug="courts").move(site_tree.homes["ru"], pos="last-child")

    assert "Права и суды" in html(client.get("/ru/news/courts/", follow=True))
    assert client.get("/ru/news/courts/").url == "/ru/courts/"


def test_a_menu_change_shows_at_once(client, news, django_capture_on_commit_callbacks):
    menu = NavigationMenuFactory()
    NavigationMenuItemFactory(menu=menu, page=news, label="Новости")
    assert "Новости" in html(client.get("/ru/news/report/"))

    item = menu.items.get()
    item.label = "Что нового"
    with django_capture_on_commit_callbacks(execute=True):
        item.save()
        menu.save()

    assert "Что нового" in html(client.get("/ru/news/report/"))


def test_each_guest_gets_a_token_of_their_own(news):
    item = news.get_children().get(slug="courts")
    PageViewRestriction.objects.create(page=item, restriction_type="password", password="birge")
    first, second = Client(), Client()

    first_page, second_page = html(first.get("/ru/news/courts/")), html(second.get("/ru/news/courts/"))

    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    assert CSRF_TOKEN.search(first_page)[1] != CSRF_TOKEN.search(second_page)[1]


def test_a_message_for_the_visitor_shows_on_a_cached_page(client, site_tree, page_cache):
    courses = CourseIndexPageFactory(parent=site_tree.homes["ru"], slug="courses")
    course = CoursePageFactory(parent=courses, title="CBPR", slug="cbpr")
    lesson = LessonPageFactory(parent=ModulePageFactory(parent=course, slug="data"), slug="first")
    course_page = html(client.get("/ru/courses/cbpr/"))

    response = client.get(lesson.url, follow=True)

    assert response.redirect_chain[-1][0] == "/ru/courses/cbpr/"
    assert 'class="messages"' in html(response) and 'class="messages"' not in course_page
    assert 'class="messages"' not in html(client.get("/ru/courses/cbpr/"))


def test_a_page_that_varies_on_a_request_header_is_rendered_for_each_visitor(
    client, site_tree, page_cache, monkeypatch
):
    def serve_by_device(page, request, *args, **kwargs):
        response = HttpResponse(f"for {request.headers['User-Agent']}")
        patch_vary_headers(response, ["User-Agent"])
        return response

    monkeypatch.setattr(HomePage, "serve", serve_by_device)

    assert html(client.get("/ru/", HTTP_USER_AGENT="phone")) == "for phone"
    assert html(client.get("/ru/", HTTP_USER_AGENT="laptop")) == "for laptop"


@pytest.mark.parametrize("url", ["/ru/events/", "/ru/events/{slug}/"])
def test_a_sign_up_shows_in_the_seats_left_at_once(client, event, url, django_capture_on_commit_callbacks):
    url = url.format(slug=event.slug)
    assert "2 seats left" in html(client.get(url))
    assert "2 seats left" in html(Client().get(url))

    with django_capture_on_commit_callbacks(execute=True):
        RegistrationFactory(event=event)

    assert "1 seat left" in html(Client().get(url))


def test_a_sign_up_leaves_pages_without_seats_in_the_cache(
    client, news, event, django_assert_num_queries, django_capture_on_commit_callbacks
):
    first = html(client.get("/ru/news/"))

    with django_capture_on_commit_callbacks(execute=True):
        RegistrationFactory(event=event)

    with django_assert_num_queries(0):
        assert html(Client().get("/ru/news/")) == first
