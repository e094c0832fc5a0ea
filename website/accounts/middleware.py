from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from website.core.middleware import ADMIN_PREFIX

OPEN_ADMIN_PATHS = ("/admin/login/", "/admin/logout/")
LAST_SEEN_KEY = "birge_last_seen"
# The session is written at most once a minute to keep the time of the last request.
LAST_SEEN_RESOLUTION_SECONDS = 60


def now_seconds():
    return int(timezone.now().timestamp())


def start_idle_clock(sender, request, user, **kwargs):
    """Signing in counts as activity (connected to user_logged_in)."""
    if request is not None and hasattr(request, "session"):
        request.session[LAST_SEEN_KEY] = now_seconds()


def idle_timeout_seconds(user):
    """How long a signed-in person may stay idle: staff, who can reach everyone's data, far less."""
    return settings.STAFF_IDLE_TIMEOUT_SECONDS if user.is_staff else settings.IDLE_TIMEOUT_SECONDS


class IdleSessionTimeoutMiddleware:
    """Signs a person out when their previous request is older than their idle timeout.

    The time of the last request is kept in the session, so the server decides, whatever the cookie says.
    The request then goes on as a visitor's: public pages and emailed links still open, while pages that
    need an account send the person to sign in.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = now_seconds()
            last_seen = request.session.get(LAST_SEEN_KEY)
            if last_seen is not None and now - last_seen > idle_timeout_seconds(user):
                logout(request)
                messages.info(
                    request, _("You were signed out after a period of inactivity. Please sign in again.")
                )
                return self.get_response(request)
            if last_seen is None or now - last_seen >= LAST_SEEN_RESOLUTION_SECONDS:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


class StaffSecondFactorMiddleware:
    """Only staff reach the Wagtail admin, and only once they have enrolled a second factor (TOTP)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.guards(request):
            if not request.user.is_staff:
                raise PermissionDenied
            if not is_mfa_enabled(request.user):
                messages.info(
                    request, _("Set up two-factor authentication before you use the administration area.")
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def guards(request):
        """Whether this is a signed-in person's request to the admin (sign-in and sign-out stay open)."""
        user = getattr(request, "user", None)
        return (
            request.path.startswith(ADMIN_PREFIX)
            and not request.path.startswith(OPEN_ADMIN_PATHS)
            and user is not None
            and user.is_authenticated
        )
