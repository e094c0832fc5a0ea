"""The site's URLs plus the media folders that a web server in front of the site serves in production."""

from pathlib import Path

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from website.urls import PUBLIC_MEDIA_FOLDERS, handler404, handler500
from website.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *(
        re_path(
            rf"^media/{folder}/(?P<path>.*)$", serve, {"document_root": Path(settings.MEDIA_ROOT) / folder}
        )
        for folder in PUBLIC_MEDIA_FOLDERS
    ),
    *site_urlpatterns,
]

__all__ = ["handler404", "handler500", "urlpatterns"]
