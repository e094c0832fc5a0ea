from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from website.accounts import views as accounts_views
from website.core import views as core_views
from website.core.moderation_views import ConfirmedWorkflowAction
from website.core.sitemaps import LocalizedSitemap
from website.search import views as search_views

urlpatterns = [
    path("admin/login/", accounts_views.admin_login_redirect, name="admin_login_redirect"),
    # Wagtail's own workflow action, answered with a confirmation message (the dashboard's "Approve").
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        ConfirmedWorkflowAction.as_view(),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": LocalizedSitemap}}, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("payments/", include("payments.urls")),
    path("certificates/", include("learning.certificate_urls")),
]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("accounts/", include("website.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("learning/", include("learning.urls")),
    path("events/", include("events.urls")),
    path("report/", include("cases.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# The media folders that development serves, as the production proxy may: renditions (what pages show) and
# staff avatars (random names). Never documents (private collections go through /documents/) nor the
# original images (a draft story's photo is there before anyone agreed to publish it).
PUBLIC_MEDIA_FOLDERS = ("images", "avatar_images")


def public_media_urlpatterns():
    from django.conf.urls.static import static

    return [
        pattern
        for folder in PUBLIC_MEDIA_FOLDERS
        for pattern in static(
            f"{settings.MEDIA_URL}{folder}/", document_root=Path(settings.MEDIA_ROOT) / folder
        )
    ]


if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns = staticfiles_urlpatterns() + public_media_urlpatterns() + urlpatterns

handler403 = "website.core.views.permission_denied"
handler404 = "website.core.views.page_not_found"
handler500 = "website.core.views.server_error"
