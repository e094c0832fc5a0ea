"""Whole Wagtail pages for anonymous visitors, kept in the `default` cache until anything they show changes.

A page requested (GET or HEAD) by a visitor without a session or messages cookie is served from the
cache when it is there. The key is the full URL with its query string (filtered lists and page numbers
are entries of their own) and the language. A response is kept only when it is the same for every
anonymous visitor: a 200 that sets no cookie, writes no session, adds no message, is not marked private
by the view and does not vary on a request header (Vary set by the view itself).

Forms keep working: the page is stored with a placeholder where the CSRF token was, and each visitor
gets a token of their own on a hit (get_token, so the CSRF middleware sends them the cookie too).

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
"""

import contextvars
import functools
import hashlib
import re
import uuid

from django.apps import apps
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import get_max_age
from taggit.models import Tag
from wagtail import views as wagtail_views
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

GENERATION_KEY = "pages.generation"
SEATS_GENERATION_KEY = "pages.seats-generation"
CSRF_PLACEHOLDER = b"page-cache-csrf-token-placeholder"
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(")')
NOT_SHARED = ("private", "no-cache", "no-store")

page_shows_seats = contextvars.ContextVar("page_shows_seats", default=False)


def note_page_shows_seats():
    """Called while a page is rendered when it shows seats left: the next registration change drops it."""
    page_shows_seats.set(True)


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous visitors' Wagtail pages (see the module's docstring).

    It sits after the session, CSRF, auth, messages and cache-control middleware, so a page served from
    the cache still gets the visitor's CSRF cookie, Vary and Cache-Control headers on its way out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        generations = getattr(request, "page_cache_generations", None)
        if generations is not None and is_shared(request, response):
            store(request, response, generations)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or not may_use_cache(request):
            return None
        key = page_key(request)
        found = cache.get_many([GENERATION_KEY, SEATS_GENERATION_KEY, key])
        generations = (
            found.get(GENERATION_KEY) or ensure_generation(GENERATION_KEY),
            found.get(SEATS_GENERATION_KEY) or ensure_generation(SEATS_GENERATION_KEY),
        )
        entry = found.get(key)
        if entry is None or not is_current(entry, generations):
            request.page_cache_generations = generations
            page_shows_seats.set(False)
            return None
        return response_for_visitor(request, entry)


def may_use_cache(request):
    """Only anonymous visitors with nothing personal to show (no session, no pending message) share pages."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not request.user.is_authenticated
    )


def page_key(request):
    address = f"{request.build_absolute_uri()} {request.LANGUAGE_CODE}"
    return "pages." + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()


def ensure_generation(key):
    """The current generation, starting one if there is none (first request, or the key was evicted)."""
    cache.add(key, uuid.uuid4().hex, None)
    return cache.get(key)


def is_current(entry, generations):
    """Whether a stored page is still what the site shows (its seats generation is None if it shows no seats)."""
    generation, seats_generation = entry[0], entry[1]
    return generation == generations[0] and seats_generation in (None, generations[1])


def response_for_visitor(request, entry):
    content, headers = entry[2], entry[3]
    if CSRF_PLACEHOLDER in content:
        content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
    return HttpResponse(content, headers=headers)


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
    )


def store(request, response, generations):
    content = content_without_csrf_token(request, response.content)
    if content is not None:
        seats_generation = generations[1] if page_shows_seats.get() else None
        entry = (generations[0], seats_generation, content, dict(response.headers))
        cache.set(page_key(request), entry, settings.PAGE_CACHE_SECONDS)


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
