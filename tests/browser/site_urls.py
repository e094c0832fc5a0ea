"""The site's URLs plus its uploaded media, which a web server in front of the site serves in production."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from website.urls import handler404, handler500
from website.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]

__all__ = ["handler404", "handler500", "urlpatterns"]
