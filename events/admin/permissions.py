from wagtail.permission_policies.base import ModelPermissionPolicy

COUNTS_PERMISSION = "wagtailadmin.access_admin"
MODERATE_FEEDBACK = "events.change_feedback"


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """Feedback is only read and reviewed in the admin: nobody adds, edits or deletes it there."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_staff and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def may_moderate(user):
    return user.is_staff and user.has_perm(MODERATE_FEEDBACK)
