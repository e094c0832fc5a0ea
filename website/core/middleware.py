import re

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

PRIVATE_PATHS = re.compile(r"^/(?:admin/|[\w-]+/(?:accounts|learning)/)")
ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware; the Wagtail admin gets ADMIN_CONTENT_SECURITY_POLICY instead of the site's.

    The admin's own templates use inline scripts and styles, which the site's policy forbids. A view that
    sets its own policy (django-csp's decorators, or a header of its own like Wagtail's document view)
    keeps it.

    A preview is the page rendered under the site's own policy (Wagtail serves it through a simulated request
    to the page's public address, which passes through this middleware too), except that the admin, on
    this site's own origin, may frame it: previews, and nothing else, allow `frame-ancestors 'self'` and
    `X-Frame-Options: SAMEORIGIN`.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if is_preview(request):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        elif request.path_info.startswith(ADMIN_PREFIX):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts

    def process_response(self, request, response):
        if is_preview(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return super().process_response(request, response)


def is_preview(request):
    """True for the simulated request through which Wagtail renders a page or snippet preview."""
    return getattr(request, "is_preview", False) is True


class AnonymousCacheControlMiddleware:
    """Public pages for anonymous visitors may be cached briefly; anything personal never is.

    A response is public only when it is a successful GET/HEAD for an anonymous visitor, outside the
    admin, account and learning areas, sets no cookie, changes no session and carries no form token (a CSRF token is personal).
    It runs inside the session and CSRF middleware, so their cookies are judged by the request's state.
    """

    max_age = 300

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response:
            return response
        if self.is_public(request, response):
            patch_cache_control(response, public=True, max_age=self.max_age)
            patch_vary_headers(response, ["Cookie"])
        else:
            patch_cache_control(response, private=True, no_cache=True, no_store=True)
        return response

    @staticmethod
    def is_public(request, response):
        user = getattr(request, "user", None)
        return (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not (user is not None and user.is_authenticated)
            and not PRIVATE_PATHS.match(request.path)
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not getattr(getattr(request, "session", None), "modified", False)
        )
