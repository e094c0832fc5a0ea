"""Base pieces of the apps' staff admin: permission policies for staff only, audited exports, a history
for view-only staff, and a model viewset that puts them together.

Every view built on these is for staff only, whatever model permissions a group may hold.
"""

from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from website.core.audit import record

READ_ONLY = ("add", "change", "delete")


class StaffPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, for staff only; `denied_actions` are refused to everyone (e.g. editing orders)."""

    def __init__(self, model, denied_actions=()):
        super().__init__(model)
        self.denied_actions = set(denied_actions)

    def user_has_permission(self, user, action):
        return (
            user.is_staff and action not in self.denied_actions and super().user_has_permission(user, action)
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AuditedIndexView(IndexView):
    """A listing whose CSV/XLSX exports are recorded in the audit log (who, what, when; not the values)."""

    export_audit_action = "export"

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            record(
                self.request.user,
                self.export_audit_action,
                object_type=self.model._meta.label,
                detail=f"{self.request.GET.get('export')}, {len(context['object_list'])} rows",
            )
        return super().render_to_response(context, **response_kwargs)


class StaffHistoryView(HistoryView):
    """An object's History, also for staff who may only view it (orders and payments are never edited here)."""

    any_permission_required = ["add", "change", "delete", "view"]


class StaffModelViewSet(ModelViewSet):
    """A model's admin for staff only: audited exports, a History for viewers, `denied_actions` refused."""

    index_view_class = AuditedIndexView
    history_view_class = StaffHistoryView
    denied_actions = ()
    copy_view_enabled = False
    list_per_page = 50

    @cached_property
    def permission_policy(self):
        return StaffPermissionPolicy(self.model, self.denied_actions)


def require_staff_permission(user, permission):
    if not (user.is_staff and user.has_perm(permission)):
        raise PermissionDenied


def staff_menu_item(permission):
    """A menu item class shown only to staff holding `permission`."""

    def is_shown(_item, request):
        return request.user.is_staff and request.user.has_perm(permission)

    return type("StaffMenuItem", (MenuItem,), {"is_shown": is_shown})
