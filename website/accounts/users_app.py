"""Wagtail's users app, pointed at our user viewset (an app config module, so it imports no models)."""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "website.accounts.admin_users.UserViewSet"
