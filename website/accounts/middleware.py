from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"
OPEN_ADMIN_PATHS = ("/admin/login/", "/admin/logout/")


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
