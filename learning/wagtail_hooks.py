"""Registers the "Learning" admin menu (built in `learning/admin/`) and the learning log actions."""

from wagtail import hooks

from learning.admin.viewsets import LearningViewSetGroup
from learning.log_actions import register_learning_log_actions


@hooks.register("register_admin_viewset")
def register_learning_admin():
    return LearningViewSetGroup()


hooks.register("register_log_actions", register_learning_log_actions)
