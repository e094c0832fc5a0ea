"""Security headers on the public pages: a Content-Security-Policy with no inline script, and the rest."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.template import engines

from website.accounts.factories import PASSWORD, UserFactory
from website.core.middleware import ContentSecurityPolicyMiddleware

PUBLIC_PAGES = ["home", "news index", "news item", "course", "events", "event calendar", "event", "sign-in"]


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = (part.strip().split() for part in response["Content-Security-Policy"].split(";"))
    return {words[0]: words[1:] for words in directives if words}


class InlineCodeFinder(HTMLParser):
    """Collects what a strict policy would block: inline scripts without the nonce, inline event
    handlers, javascript: links, <style> elements and style attributes."""

    def __init__(self, nonce):
        super().__init__()
        self.nonce = nonce
        self.blocked = []
        self.in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.blocked.append(f"<{tag} {name}=...>")
            if name == "style":
                self.blocked.append(f"<{tag} style=...>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.blocked.append(f"<{tag} {name}=javascript:...>")
        if tag == "style":
            self.blocked.append("<style>")
        if tag == "script" and "src" not in attributes and attributes.get("type") != "application/json":
            if attributes.get("nonce") != self.nonce:
                self.blocked.append("<script> without the nonce")


def blocked_inline_code(html, nonce=None):
    finder = InlineCodeFinder(nonce)
    finder.feed(html)
    return finder.blocked


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_pages_forbid_inline_script_and_foreign_origins(client, public_pages, name):
    response = client.get(public_pages[name])

    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert [source for source in directives["script-src"] if not source.startswith("'nonce-")] == ["'self'"]
    assert "'unsafe-inline'" not in directives["style-src"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_pages_send_the_other_protective_headers(client, public_pages, name):
    response = client.get(public_pages[name])

    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_pages_hold_no_inline_code_the_policy_would_block(client, public_pages, name):
    response = client.get(public_pages[name])

    assert blocked_inline_code(response.content.decode()) == []


@pytest.mark.django_db
def test_the_session_and_csrf_cookies_are_out_of_reach_of_scripts(client, public_pages):
    person = UserFactory()

    form = client.get(public_pages["sign-in"])
    signed_in = client.post(public_pages["sign-in"], {"login": person.email, "password": PASSWORD})

    assert form.cookies["csrftoken"]["httponly"]
    assert signed_in.cookies["sessionid"]["httponly"]


def test_a_script_with_the_nonce_is_allowed_and_one_without_is_not(rf):
    """How a template runs an inline script: `<script nonce="{{ request.csp_nonce }}">`."""
    template = engines["django"].from_string(
        '<script nonce="{{ request.csp_nonce }}">start()</script><script>steal()</script>'
    )
    request = rf.get("/ru/")
    middleware = ContentSecurityPolicyMiddleware(lambda request: None)
    middleware.process_request(request)
    html = template.render({}, request)
    response = middleware.process_response(request, HttpResponse(html))

    nonce = request.csp_nonce
    assert f"'nonce-{nonce}'" in policy(response)["script-src"]
    assert blocked_inline_code(html, nonce) == ["<script> without the nonce"]


@pytest.mark.django_db
def test_the_admin_has_its_own_looser_policy(client, admin_staff):
    """The Wagtail admin's templates run inline scripts; its policy still allows no other origin's script."""
    client.force_login(admin_staff)

    response = client.get("/admin/")

    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]


@pytest.fixture
def previewed_pages(public_pages):
    """A news item, an event, a course and one of its lessons, each with a saved revision to preview."""
    from wagtail.models import Page

    from learning.factories import LessonPageFactory, ModulePageFactory

    pages = {
        name: Page.objects.get(url_path__endswith=url.removeprefix("/ru"))
        for name, url in public_pages.items()
        if name in ("news item", "event", "course")
    }
    module = ModulePageFactory(parent=pages["course"], title="Модуль 1")
    pages["lesson"] = LessonPageFactory(parent=module, title="Урок 1")
    return {name: page.specific for name, page in pages.items()}


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["news item", "event", "course", "lesson"])
def test_the_admin_may_frame_a_preview_which_keeps_the_sites_own_policy(
    client, admin_staff, previewed_pages, name
):
    """The preview panel frames the page rendered as a visitor would see it: the admin's origin may frame it,
    and the page keeps the site's own policy (its inline scripts still need the nonce)."""
    page = previewed_pages[name]
    revision = page.save_revision()
    client.force_login(admin_staff)

    response = client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")

    assert response.status_code == 200
    assert page.title in response.content.decode()
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert [source for source in directives["script-src"] if not source.startswith("'nonce-")] == ["'self'"]


@pytest.mark.django_db
def test_a_page_opened_in_the_admins_own_session_may_still_not_be_framed(client, admin_staff, public_pages):
    client.force_login(admin_staff)

    response = client.get(public_pages["news item"])

    assert policy(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def site_templates():
    """The site's own templates (the admin's overrides live under the admin policy)."""
    root = Path(settings.BASE_DIR) / "templates"
    for path in sorted(root.rglob("*.html")):
        source = path.read_text()
        if "wagtailadmin/" not in source:
            yield path.relative_to(root), source


INLINE_IN_SOURCE = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*\bnonce=)(?![^>]*application/json)[^>]*>"
    r"|<style\b|\son[a-z]+\s*=|\sstyle\s*=|javascript:",
    re.IGNORECASE,
)


def test_no_site_template_holds_inline_code_without_the_nonce():
    offenders = {str(path): INLINE_IN_SOURCE.findall(source) for path, source in site_templates()}

    assert {path: found for path, found in offenders.items() if found} == {}
