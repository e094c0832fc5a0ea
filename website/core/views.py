from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/learning/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception=None):
    """The translated 404 page; its language links lead to the same address where another language has a page
    there, else to each language's home page."""
    return render(request, "404.html", {"not_found": True}, status=404)


def own_language(request):
    """The language of a page outside the language-prefixed site (the admin): the signed-in person's own."""
    if translation.get_language_from_path(request.path_info) is None:
        preferred = getattr(getattr(request, "user", None), "preferred_language", "")
        if preferred:
            return preferred
    return translation.get_language()


def permission_denied(request, exception=None):
    """The site's styled 403 page, in the language the person reads."""
    with translation.override(own_language(request)):
        return render(request, "403.html", status=403)


def server_error(request):
    """A static page: no context processors, no database, so it renders even when the database is down."""
    return HttpResponseServerError(loader.get_template("500.html").render())
