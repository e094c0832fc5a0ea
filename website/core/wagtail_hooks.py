"""Admin registration: the translatable snippets editors manage alongside pages, the email outbox and the audit log."""

import copy

import django_filters
from django.db import models
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import conditional_escape
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.fields import BaseFieldDisplay, register_display_class
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail.utils.version import get_main_version

from website.core import audit, moderation_views, outbox
from website.core.models import AuditEntry, NavigationMenu, OutboxEmail, Topic
from website.core.registries import registered
from website.core.retention import RetentionRule


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


class SiteContentViewSetGroup(SnippetViewSetGroup):
    """Snippets of the site as a whole in one menu: navigation menus, topics, and the snippets apps add
    with the `register_site_content_snippet` hook (a function returning a SnippetViewSet class)."""

    menu_icon = "site"
    menu_label = _("Site content")
    menu_name = "site-content"

    def __init__(self, *snippet_viewsets):
        self.items = (NavigationMenuViewSet, TopicViewSet, *snippet_viewsets)
        super().__init__()


@hooks.register("register_admin_viewset")
def register_site_content():
    return SiteContentViewSetGroup(*registered("register_site_content_snippet"))


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


class AuditEntryFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("action"), choices=audit.action_choices)
    object_type = django_filters.ChoiceFilter(label=_("object type"), choices=audit.object_type_choices)
    created_at = django_filters.DateFromToRangeFilter(label=_("when"), widget=DateRangePickerWidget)

    class Meta:
        model = AuditEntry
        fields = ["action", "object_type", "created_at"]


class AuditEntryViewSet(ModelViewSet):
    """Who looked at or exported personal data, what, when and which record: never the values."""

    model = AuditEntry
    icon = "history"
    menu_label = _("Audit log")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = [
        "created_at",
        "actor",
        Column(
            "action", label=capfirst(_("action")), accessor=lambda entry: audit.action_label(entry.action)
        ),
        Column(
            "object_type",
            label=capfirst(_("object type")),
            accessor=lambda entry: audit.object_type_label(entry.object_type),
        ),
        "object_id",
        "detail",
    ]
    filterset_class = AuditEntryFilterSet
    list_per_page = 50
    ordering = ["-created_at"]
    form_fields = []

    @cached_property
    def permission_policy(self):
        return ViewOnlyPermissionPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_audit_log():
    return AuditEntryViewSet("audit_log")


NOTHING = "—"


class LocalDateTimeDisplay(BaseFieldDisplay):
    """A date and time on an inspect page in the admin's time zone, as the listings show it (Wagtail's
    inspect view would print the stored UTC time), or a dash for none (not "None")."""

    def render_html(self, parent_context=None):
        return formats.localize(timezone.localtime(self.value)) if self.value else NOTHING


class RelatedRecordDisplay(BaseFieldDisplay):
    """A related record on an inspect page, or a dash when there is none (Wagtail would print "None")."""

    def render_html(self, parent_context=None):
        return conditional_escape(str(self.value)) if self.value is not None else NOTHING


register_display_class(models.DateTimeField, display_class=LocalDateTimeDisplay)
register_display_class(models.ForeignKey, display_class=RelatedRecordDisplay)


def relabel(menu_items, labels):
    """Give menu items that a package labels once, in the language of the first request that builds the
    menu, their label in this request's language (`labels`: whether an item is the one → its label)."""
    for index, item in enumerate(menu_items):
        for is_the_item, label in labels:
            if is_the_item(item):
                menu_items[index] = copy.copy(item)
                menu_items[index].label = label()


@hooks.register("construct_reports_menu")
def relabel_translations_report(request, menu_items):
    report_url = reverse("wagtail_localize:translations_report")
    relabel(menu_items, [(lambda item: item.url == report_url, lambda: gettext("Translations"))])


@hooks.register("construct_help_menu")
def relabel_whats_new(request, menu_items):
    version = get_main_version(include_patch=False)
    relabel(
        menu_items,
        [
            (
                lambda item: item.name == f"whats-new-in-wagtail-{version}",
                lambda: gettext("What's new in Wagtail %(version)s") % {"version": version},
            )
        ],
    )


@hooks.register("register_admin_urls")
def register_translation_moderation_urls():
    return [
        path(
            "translations/<int:translation_id>/submit-for-moderation/",
            moderation_views.submit_translation,
            name="birge_submit_translation_for_moderation",
        )
    ]


@hooks.register("register_retention_rule")
def register_outbox_retention():
    return RetentionRule("outbox_emails_deleted", outbox.purge_past_retention_period)
