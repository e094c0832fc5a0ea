"""Whole Wagtail pages for anonymous visitors, kept in the `default` cache until anything they show changes.

A page requested (GET or HEAD) by a visitor without a session or messages cookie, at an address under a
language prefix outside the private areas, is served from the cache when it is there. The key is the full
URL with its query string (filtered lists and page numbers are entries of their own); the language is
part of the path. A response is kept only when it is the same for every anonymous visitor: a 200 from a
Wagtail page that sets no cookie, writes no session, adds no message, uses no CSP nonce, is not marked
private by the view and does not vary on a request header (Vary set by the view itself).

Two middleware share the work. PageCacheFrontMiddleware sits right after WhiteNoise, so a hit skips the
rest of the stack (sessions, locale, CSRF, auth, CSP...) and URL resolution: it returns the stored content
with the final headers the first visitor got (Content-Security-Policy, Cache-Control, Vary,
Content-Language...). SharedPageMiddleware sits where the view's own headers are still visible: on a miss
it decides whether the page may be shared and hands its content to the front one, which stores it with
the headers the rest of the stack added on the way out.

Forms keep working: the page is stored with a placeholder where the CSRF token was, and on a hit each
visitor gets a token of their own, with the cookie, from Django's own CSRF middleware. Such pages were
marked private by the cache-control middleware and stay so on a hit.

Invalidation is by generation. Each entry records the generation it was rendered in and counts only
while that is still the current one; saving or deleting a page, a snippet, a setting, an image, a
document, a site, a locale or a view restriction starts a new generation once the transaction commits,
so every cached page is dropped at once. Seats left change with every sign-up, so they have a generation
of their own: a page that showed them (`note_page_shows_seats`, called where they are counted) also
records the seats generation and is dropped at any registration change, while news, articles and
courses stay cached through a sign-up rush. A hit reads both generations and the entry in one round
trip (get_many): Django's cache middleware needs three (key prefix, Vary header list, page), which costs
more than rendering the cheapest pages saves. What changes with time alone (a module opening, a
registration deadline passing) shows after at most PAGE_CACHE_SECONDS.

While Redis is down every page renders from the database and nothing is stored. A change published while
it is down cannot start a new generation; if Redis comes back with its data (it was frozen, not
restarted), pages from before the change may show for up to PAGE_CACHE_SECONDS.
"""

import contextvars
import functools
import hashlib
import re
import uuid
from typing import NamedTuple

from django.apps import apps
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import get_max_age
from taggit.models import Tag
from wagtail import views as wagtail_views
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

from website.core.middleware import PRIVATE_PATHS

GENERATION_KEY = "pages.generation"
SEATS_GENERATION_KEY = "pages.seats-generation"
CSRF_PLACEHOLDER = b"page-cache-csrf-token-placeholder"
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(")')
NOT_SHARED = ("private", "no-cache", "no-store")

page_shows_seats = contextvars.ContextVar("page_shows_seats", default=False)


def note_page_shows_seats():
    """Called while a page is rendered when it shows seats left: the next registration change drops it."""
    page_shows_seats.set(True)


class SharedPage(NamedTuple):
    """What SharedPageMiddleware hands the front one on a miss: the page to store and whether it shows seats."""

    content: bytes
    shows_seats: bool


class PageCacheFrontMiddleware:
    """Serves anonymous visitors' pages from the cache and stores them (see the module's docstring).

    It sits right after WhiteNoise: a hit answers before sessions, locale, CSRF, auth and the rest run.
    Every other request passes straight through without asking the cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)
        self.page_prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        key = page_key(request) if self.may_use_cache(request) else None
        if key is None:
            return self.get_response(request)
        found = cache.get_many([GENERATION_KEY, SEATS_GENERATION_KEY, key])
        generations = (
            found.get(GENERATION_KEY) or ensure_generation(GENERATION_KEY),
            found.get(SEATS_GENERATION_KEY) or ensure_generation(SEATS_GENERATION_KEY),
        )
        if None in generations:
            # The cache is not answering (website.core.cache): the page renders from the database, kept nowhere.
            return self.get_response(request)
        entry = found.get(key)
        if entry is not None and is_current(entry, generations):
            return self.response_for_visitor(request, entry)
        request.page_cache_miss = True
        page_shows_seats.set(False)
        response = self.get_response(request)
        shared = getattr(request, "shared_page", None)
        # The CSRF cookie is each visitor's own (the page has the placeholder); any other cookie set on the
        # way out means the page was not the same for everyone after all.
        if shared is not None and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}:
            store(key, shared, response, generations)
        return response

    def may_use_cache(self, request):
        """Anonymous visitors (no session, no pending message) asking for what can be a public page."""
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and request.path_info.startswith(self.page_prefixes)
            and not PRIVATE_PATHS.match(request.path_info)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and CookieStorage.cookie_name not in request.COOKIES
        )

    def response_for_visitor(self, request, entry):
        """The stored page; one with a form gets the visitor's own CSRF token and cookie, as Django gives them."""
        content, headers = entry[2], entry[3]
        if CSRF_PLACEHOLDER not in content:
            return stored_response(content, headers)
        self.csrf.process_request(request)
        content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
        return self.csrf.process_response(request, stored_response(content, headers))


class SharedPageMiddleware:
    """Decides, on a miss, whether the page just rendered may be shared, and hands it to the front one.

    It sits just outside the view, after the session, CSRF, auth, messages and cache-control middleware,
    where the view's own headers are still told apart from those the stack adds.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            getattr(request, "page_cache_miss", False)
            and serves_a_page(request)
            and is_shared(request, response)
        ):
            content = content_without_csrf_token(request, response.content)
            if content is not None:
                request.shared_page = SharedPage(content, page_shows_seats.get())
        return response


def page_key(request):
    """The key of the page at this address, or None when the host is not allowed (the stack answers that)."""
    try:
        address = request.build_absolute_uri()
    except DisallowedHost:
        return None
    return "pages." + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()


def ensure_generation(key):
    """The current generation, starting one if there is none (first request, or the key was evicted)."""
    cache.add(key, uuid.uuid4().hex, None)
    return cache.get(key)


def is_current(entry, generations):
    """Whether a stored page is still what the site shows (its seats generation is None if it shows no seats)."""
    generation, seats_generation = entry[0], entry[1]
    return generation == generations[0] and seats_generation in (None, generations[1])


def stored_response(content, headers):
    """The stored headers with the length of the content actually sent (a visitor's token differs in length)."""
    response = HttpResponse(content, headers=headers)
    response["Content-Length"] = str(len(content))
    return response


def serves_a_page(request):
    """Only Wagtail pages are kept: search results, sign-in and the other views under a prefix are not."""
    return getattr(request.resolver_match, "func", None) is wagtail_views.serve


def is_shared(request, response):
    """Whether every anonymous visitor would get this same response."""
    messages = getattr(request, "_messages", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Vary")
        and not any(word in response.get("Cache-Control", "") for word in NOT_SHARED)
        and get_max_age(response) != 0
        and not request.user.is_authenticated
        and not request.session.modified
        and not getattr(messages, "added_new", False)
        and not getattr(request, "csp_nonce", None)  # true once used: a nonce is each response's own
    )


def store(key, shared, response, generations):
    """Keeps the page with the final headers the visitor got (cookies are not headers: none is kept)."""
    seats_generation = generations[1] if shared.shows_seats else None
    entry = (generations[0], seats_generation, shared.content, dict(response.headers))
    cache.set(key, entry, settings.PAGE_CACHE_SECONDS)


def content_without_csrf_token(request, content):
    """The page with a placeholder for the CSRF token in its forms, or None if the token shows elsewhere."""
    tokens = {match[1] for match in CSRF_INPUT.findall(content)}
    if not tokens:
        return None if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") else content
    shared = CSRF_INPUT.sub(rb"\g<1>" + CSRF_PLACEHOLDER + rb"\g<3>", content)
    if any(token in shared for token in tokens):
        return None
    return shared


def clear_cached_pages():
    """Drop every cached page once the current transaction commits (at once outside a transaction).

    Robust: a cache that cannot be reached is logged and never undoes or fails the change itself.
    """
    transaction.on_commit(start_new_generation, robust=True)


def start_new_generation(key=GENERATION_KEY):
    cache.set(key, uuid.uuid4().hex, None)


def clear_pages_showing_seats():
    """Drop the cached pages that show seats left, once the current transaction commits."""
    transaction.on_commit(lambda: start_new_generation(SEATS_GENERATION_KEY), robust=True)


@functools.cache
def models_shown_on_pages():
    """Models whose rows public pages show, besides the pages themselves (menus, settings, images...)."""
    return (
        Page,
        PageViewRestriction,
        Site,
        Locale,
        Tag,
        get_image_model(),
        get_document_model(),
        *get_snippet_models(),
        *settings_registry,
    )


@receiver(post_save, dispatch_uid="page_cache_saved")
@receiver(post_delete, dispatch_uid="page_cache_deleted")
def clear_when_shown_content_changes(sender, instance, **kwargs):
    if settings.PAGE_CACHE_SECONDS <= 0:
        return
    if isinstance(instance, apps.get_model("events", "Registration")):
        clear_pages_showing_seats()
    elif isinstance(instance, models_shown_on_pages()):
        clear_cached_pages()
