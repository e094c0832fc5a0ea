"""Shared caches may keep public pages for anonymous visitors; nothing personal is ever cached."""

import pytest

from tests.website.site_tree import staff_with_second_factor
from website.accounts.factories import UserFactory


def cache_control(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


@pytest.mark.parametrize("url", ["/ru/", "/ky/", "/ru/search/?q=права"])
def test_public_pages_are_cacheable_for_anonymous_visitors(client, site_tree, url):
    response = client.get(url)

    assert response.status_code == 200
    assert cache_control(response) == {"public", "max-age=300"}
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("url", ["/ru/", "/ru/search/", "/ru/accounts/profile/"])
def test_pages_for_a_logged_in_user_are_never_stored(client, site_tree, url):
    client.force_login(UserFactory())

    response = client.get(url)

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


@pytest.mark.parametrize("url", ["/ru/accounts/login/", "/ru/accounts/signup/"])
def test_account_forms_are_never_stored(client, site_tree, url):
    response = client.get(url)

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


def test_admin_is_never_stored(client, site_tree):
    client.force_login(staff_with_second_factor())

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "public" not in cache_control(response)
    assert "no-store" in cache_control(response) or "no-cache" in cache_control(response)


def test_redirects_and_errors_are_not_shared(client, site_tree):
    # The language redirect is built after this middleware ran: without freshness headers no shared
    # cache may keep a 302, and it varies on Accept-Language.
    redirect = client.get("/", HTTP_ACCEPT_LANGUAGE="ky")
    assert "public" not in redirect.get("Cache-Control", "")
    assert "Accept-Language" in redirect["Vary"]
    assert {"private", "no-store"} <= cache_control(client.get("/ru/no-such-page/"))


def test_a_post_is_never_stored(client, site_tree):
    response = client.post("/ru/search/", {"q": "x"})

    assert "public" not in cache_control(response)
