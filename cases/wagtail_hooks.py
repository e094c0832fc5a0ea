from wagtail import hooks

from cases.admin.views import AUDIT_ACTIONS
from cases.admin.viewsets import CasesViewSetGroup
from cases.log_actions import register_case_log_actions
from website.core.audit import register_action_labels

register_action_labels(AUDIT_ACTIONS)
hooks.register("register_log_actions", register_case_log_actions)


@hooks.register("register_admin_viewset")
def register_cases_admin():
    return CasesViewSetGroup()
