"""Registers the "Learning" admin menu (built in `learning/admin/`), the learning log actions, and what learning
keeps of people for the personal-data export, deletion and retention registries."""

from wagtail import hooks

from learning.admin.viewsets import LearningViewSetGroup
from learning.log_actions import register_learning_log_actions
from learning.services import personal_data, retention


@hooks.register("register_admin_viewset")
def register_learning_admin():
    return LearningViewSetGroup()


hooks.register("register_log_actions", register_learning_log_actions)


@hooks.register("register_personal_data")
def register_learning_personal_data():
    return personal_data.personal_data_sources()


@hooks.register("register_retention_rule")
def register_learning_retention():
    return retention.retention_rules()
