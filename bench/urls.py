"""The site's URLs plus /bench/bare/, a view that returns a fixed string: the ceiling a page can reach.

Only bench.settings uses this module; the site's own ROOT_URLCONF has no such view.
"""

from django.http import HttpResponse
from django.urls import path

from website.urls import handler404, handler500  # noqa: F401  (the site's error pages)
from website.urls import urlpatterns as site_urlpatterns


def bare(request):
    return HttpResponse("Birge", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *site_urlpatterns]
