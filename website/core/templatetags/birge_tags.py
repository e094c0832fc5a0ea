"""Site-wide template tags: the editor-controlled menu, the language switcher and safe video embeds."""

from django import template
from django.conf import settings
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.models import Locale, Page, Site

from website.core.models import NavigationMenu, NavigationMenuItem

register = template.Library()


def _page_url(page, request):
    return page.get_url(request) if page is not None else None


def _localized_pages(pages, locale):
    """The live versions of ``pages`` in ``locale``, keyed by translation key, in one query."""
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return {}
    translated = Page.objects.live().filter(translation_key__in=keys, locale=locale)
    return {page.translation_key: page for page in translated}


def _menu_links(menu, locale, request):
    items = list(menu.items.all())
    localized = _localized_pages([item.page for item in items], locale)
    links = []
    for item in items:
        if item.page is None:
            links.append({"label": item.label or item.url, "url": item.url})
            continue
        page = localized.get(item.page.translation_key) or (item.page if item.page.live else None)
        if page is not None:
            links.append({"label": item.label or page.title, "url": _page_url(page, request)})
    return links


def _fallback_links(locale, request):
    """Without a menu: the home page's children marked "show in menus", in the active language."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    home = Page.objects.filter(translation_key=site.root_page.translation_key, locale=locale).first()
    if home is None:
        return []
    children = home.get_children().live().public().in_menu()
    return [{"label": child.title, "url": _page_url(child, request)} for child in children]


# How many characters of menu labels fit the header's one line beside the brand, search, sign-in and languages
# on a 1280 px screen; the links past it open from "More".
HEADER_LINE_CHARACTERS = 54


def split_for_one_line(links, budget=HEADER_LINE_CHARACTERS):
    """The links whose labels fit one header line (counting a gap of two characters each), and the rest."""
    used = 0
    for count, link in enumerate(links):
        used += len(link["label"]) + 2
        if used > budget:
            return links[:count], links[count:]
    return links, []


@register.simple_tag(takes_context=True)
def navigation_menu(context):
    """The active language's menu links, footer text and address, in a fixed number of queries."""
    request = context.get("request")
    locale = Locale.get_active()
    items = NavigationMenuItem.objects.select_related("page").order_by("sort_order")
    menu = (
        NavigationMenu.objects.filter(locale=locale)
        .prefetch_related(Prefetch("items", queryset=items))
        .order_by("pk")
        .first()
    )
    if menu is None:
        links, footer_text, address = _fallback_links(locale, request), "", ""
    else:
        links, footer_text, address = _menu_links(menu, locale, request), menu.footer_text, menu.address
    current_path = request.path if request else ""
    for link in links:
        link["current"] = link["url"] == current_path
    one_line, more = split_for_one_line(links)
    return {
        "links": links,
        "one_line_links": one_line,
        "more_links": more,
        "more_current": any(link["current"] for link in more),
        "footer_text": footer_text,
        "address": address,
    }


def _language_names():
    return dict(settings.LANGUAGES)


def _page_language_urls(page, request):
    """For each language: (url, exact). The same page if live there, else its nearest translated ancestor."""
    urls = {}
    translations = Page.objects.live().filter(translation_key=page.translation_key).exclude(pk=page.pk)
    for translation in translations.select_related("locale"):
        urls[translation.locale.language_code] = (_page_url(translation, request), True)
    missing = [code for code in _language_names() if code not in urls]
    if not missing:
        return urls
    ancestors = page.get_ancestors().filter(depth__gt=1)
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=ancestors.values("translation_key"), locale__language_code__in=missing)
        .select_related("locale")
        .order_by("-depth")
    )
    for candidate in candidates:
        urls.setdefault(candidate.locale.language_code, (_page_url(candidate, request), False))
    return urls


def _path_with_query(request):
    """The request's path and its decoded, re-encoded query (robust to raw non-ASCII query strings)."""
    return f"{request.path}?{request.GET.urlencode()}" if request.GET else request.path


def _view_language_urls(request):
    """Views outside the page tree: (url, exact) for the same view under another language prefix."""
    path = _path_with_query(request)
    urls = {}
    for code in _language_names():
        translated = translate_url(path, code)
        if translated != path:
            urls[code] = (translated, True)
    return urls


def _not_found_language_urls(request):
    """A page not found under /<language>/: (url, exact) of the same address where another language has it.

    A visitor who followed a link to a page not translated into their language finds it in another one.
    """
    prefix = f"/{get_language()}/"
    site = Site.find_for_request(request)
    if site is None or not request.path.startswith(prefix) or "\x00" in request.path:
        return {}  # a NUL cannot be in a page's address, and PostgreSQL refuses it in a query
    rest = request.path.removeprefix(prefix)
    homes = Page.objects.filter(translation_key=site.root_page.translation_key).select_related("locale")
    paths = {f"{home.url_path}{rest}": home.locale.language_code for home in homes}
    pages = Page.objects.live().public().filter(url_path__in=paths).select_related("locale")
    return {paths[page.url_path]: (_page_url(page, request), False) for page in pages}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language, each named in its own language; the current one is marked.

    ``exact`` tells whether the link shows the same content (used for hreflang alternates, with their
    ``absolute_url``; ``default`` marks the site's default language, the x-default alternate);
    otherwise it leads to the nearest translated page or that language's home page.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    urls = {}
    if request is not None and context.get("not_found"):
        urls = _not_found_language_urls(request)
    elif request is not None:
        if isinstance(page, Page) and page.pk:
            urls = _page_language_urls(page, request)
        else:
            urls = _view_language_urls(request)
        urls[current] = (_path_with_query(request), True)
    links = []
    for code, name in _language_names().items():
        url, exact = urls.get(code, (None, False))
        url = url or f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request is not None else url,
                "exact": exact,
                "current": code == current,
                "default": code == settings.LANGUAGE_CODE,
            }
        )
    return links


@register.simple_tag
def video_embed(url, max_width=800):
    """The provider's player when the embed can be fetched, otherwise a plain link to the video."""
    try:
        embed = embeds.get_embed(url, max_width=max_width)
    except (EmbedException, OSError):
        embed = None
    return render_to_string("includes/video_embed.html", {"url": url, "embed": embed})


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """The current query string with ``page`` set, so filters survive pagination."""
    query = context["request"].GET.copy()
    query["page"] = number
    return f"?{query.urlencode()}"
