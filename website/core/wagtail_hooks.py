"""Admin registration: the translatable snippets editors manage alongside pages, the email outbox and the audit log."""

from django.db import models
from django.urls import path
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.fields import BaseFieldDisplay, register_display_class
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from website.core import moderation_views
from website.core.models import AuditEntry, NavigationMenu, OutboxEmail, Topic
from website.partners.models import Partner


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Navigation menus")
    list_display = ["name", "locale"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "kind", "region"]
    list_filter = ["kind"]


class SiteContentViewSetGroup(SnippetViewSetGroup):
    items = (NavigationMenuViewSet, TopicViewSet, PartnerViewSet)
    menu_icon = "site"
    menu_label = _("Site content")
    menu_name = "site-content"


register_snippet(SiteContentViewSetGroup)


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Staff holding the model's view permission may list it; nobody may add, change or delete."""

    def user_has_permission(self, user, action):
        return user.is_staff and action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class OutboxEmailViewSet(ModelViewSet):
    """Delivery status of outgoing emails, for administrators; never recipients or contents."""

    model = OutboxEmail
    icon = "mail"
    menu_label = _("Outgoing emails")
    add_to_settings_menu = True
    form_fields = []
    copy_view_enabled = False
    list_display = ["__str__", "status", "attempts", "created_at", "available_at", "sent_at", "last_error"]
    list_filter = ["status"]
    ordering = ["-created_at"]
    list_per_page = 50

    @cached_property
    def permission_policy(self):
        return ViewOnlyPermissionPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_outbox_admin():
    return OutboxEmailViewSet("core_outbox")


class AuditEntryViewSet(ModelViewSet):
    """Who looked at or exported personal data, what, when and which record: never the values."""

    model = AuditEntry
    icon = "history"
    menu_label = _("Audit log")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = ["created_at", "actor", "action", "object_type", "object_id", "detail"]
    list_filter = ["action", "object_type", "created_at"]
    list_per_page = 50
    ordering = ["-created_at"]
    form_fields = []

    @cached_property
    def permission_policy(self):
        return ViewOnlyPermissionPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_audit_log():
    return AuditEntryViewSet("audit_log")


class LocalDateTimeDisplay(BaseFieldDisplay):
    """A date and time on an inspect page in the admin's time zone, as the listings show it (Wagtail's
    inspect view would print the stored UTC time)."""

    def render_html(self, parent_context=None):
        return formats.localize(timezone.localtime(self.value) if self.value else self.value)


register_display_class(models.DateTimeField, display_class=LocalDateTimeDisplay)


@hooks.register("register_admin_urls")
def register_translation_moderation_urls():
    return [
        path(
            "translations/<int:translation_id>/submit-for-moderation/",
            moderation_views.submit_translation,
            name="birge_submit_translation_for_moderation",
        )
    ]
