"""Anonymous visitors get pages from the cache; whatever changes what a page shows clears it at once."""

import re

import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.test import Client
from django.utils.cache import patch_vary_headers
from wagtail.models import PageViewRestriction

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from learning.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, ModulePageFactory
from tests.events.public_site import sign_up_url
from website.accounts.factories import UserFactory
from website.core.factories import NavigationMenuFactory, NavigationMenuItemFactory
from website.home.models import HomePage
from website.news.factories import NewsIndexPageFactory, NewsPageFactory
from website.news.models import NewsPage

LOGOUT_FORM = 'action="/ru/accounts/logout/"'
PASSWORD_FORM = 'name="password"'
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
HEADERS_KEPT = (
    "Content-Security-Policy",
    "Cache-Control",
    "Vary",
    "X-Frame-Options",
    "Content-Language",
    "Content-Type",
    "Referrer-Policy",
    "X-Content-Type-Options",
)


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


@pytest.fixture
def cache_lookups(monkeypatch):
    """The keys of every get_many call on the cache during the test."""
    lookups = []
    backend = caches["default"]
    get_many = backend.get_many

    def counting_get_many(keys, *args, **kwargs):
        lookups.append(keys)
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(backend, "get_many", counting_get_many)
    return lookups


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def cache_control(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


def sign_up(browser, event, token):
    return browser.post(
        sign_up_url(event), {"csrfmiddlewaretoken": token, "name": "Aida", "email": "aida@example.org"}
    )


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


@pytest.mark.parametrize("form", [False, True], ids=["news", "event with the sign-up form"])
def test_a_cached_page_carries_the_headers_of_the_rendered_one(news, event, form, django_assert_num_queries):
    url = event.url if form else "/ru/news/"
    first = Client().get(url)

    with django_assert_num_queries(0):
        second = Client().get(url)

    assert html(second)
    assert {name: second.get(name) for name in HEADERS_KEPT} == {
        name: first.get(name) for name in HEADERS_KEPT
    }
    assert int(second["Content-Length"]) == len(second.content)
    assert ("public" in cache_control(second)) is not form


def test_a_cached_sign_up_form_gives_each_visitor_a_token_that_is_accepted(event, django_assert_num_queries):
    html(Client().get(event.url))
    browser = Client(enforce_csrf_checks=True)

    with django_assert_num_queries(0):
        page = browser.get(event.url)
    response = sign_up(browser, event, CSRF_TOKEN.search(html(page))[1])

    assert {"private", "no-store"} <= cache_control(page)
    assert page.cookies["csrftoken"]["httponly"]
    assert response.status_code == 302


def test_a_visitor_with_a_csrf_cookie_keeps_it_on_a_cached_form(event, django_assert_num_queries):
    browser = Client(enforce_csrf_checks=True)
    html(browser.get(event.url))
    cookie = browser.cookies["csrftoken"].value

    with django_assert_num_queries(0):
        page = browser.get(event.url)
    response = sign_up(browser, event, CSRF_TOKEN.search(html(page))[1])

    assert browser.cookies["csrftoken"].value == cookie
    assert response.status_code == 302


def test_a_post_without_the_token_is_still_refused_after_a_cached_form(event):
    browser = Client(enforce_csrf_checks=True)
    html(browser.get(event.url))
    html(browser.get(event.url))

    assert browser.post(sign_up_url(event), {"name": "B", "email": "b@example.org"}).status_code == 403


@pytest.mark.parametrize("cookie", ["sessionid", "messages"])
def test_a_visitor_with_a_session_or_messages_cookie_never_gets_the_cached_copy(news, cookie):
    assert "Права и суды" in html(Client().get("/ru/news/courts/"))
    NewsPage.objects.filter(slug="courts").update(title="Суд признал нарушение")
    visitor = Client()
    visitor.cookies[cookie] = "something"

    assert "Суд признал нарушение" in html(visitor.get("/ru/news/courts/"))
    assert "Права и суды" in html(Client().get("/ru/news/courts/"))


@pytest.mark.parametrize(
    "url",
    ["/", "/robots.txt", "/sitemap.xml", "/admin/", "/ru/accounts/login/", "/ru/learning/", "/ky/learning/"],
)
def test_addresses_that_cannot_be_public_pages_never_ask_the_cache(
    client, site_tree, page_cache, cache_lookups, url
):
    client.get(url)
    client.get(url)

    assert cache_lookups == []


def test_a_page_asks_the_cache_once_per_visit(client, site_tree, page_cache, cache_lookups):
    html(client.get("/ru/"))
    html(client.get("/ru/"))

    assert len(cache_lookups) == 2


def test_a_cached_page_does_not_touch_the_session(news, monkeypatch):
    html(Client().get("/ru/news/"))
    sessions_opened = []
    monkeypatch.setattr(
        SessionMiddleware, "process_request", lambda self, request: sessions_opened.append(request)
    )

    html(Client().get("/ru/news/"))

    assert sessions_opened == []


def test_a_page_that_uses_the_script_nonce_is_rendered_for_each_visitor(site_tree, page_cache, monkeypatch):
    def serve_with_inline_script(page, request, *args, **kwargs):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">start()</script>')

    monkeypatch.setattr(HomePage, "serve", serve_with_inline_script)

    first, second = Client().get("/ru/"), Client().get("/ru/")

    assert html(first) != html(second)
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]
