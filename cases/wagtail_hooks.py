from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks

from cases.admin.permissions import is_case_worker, new_cases
from cases.admin.views import AUDIT_ACTIONS
from cases.admin.viewsets import CasesViewSetGroup
from cases.log_actions import register_case_log_actions
from cases.models import CaseStatus
from website.core.audit import register_action_labels
from website.core.dashboard import add_waiting_work_panel

register_action_labels(AUDIT_ACTIONS)
hooks.register("register_log_actions", register_case_log_actions)


@hooks.register("register_admin_viewset")
def register_cases_admin():
    return CasesViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_new_cases_panel(request, panels):
    if not is_case_worker(request.user):
        return
    count = new_cases(request.user).count()
    add_waiting_work_panel(
        panels,
        name="new_cases",
        heading=_("New cases"),
        count_text=ngettext(
            "%(count)s new case waits to be accepted",
            "%(count)s new cases wait to be accepted",
            count,
        )
        % {"count": count},
        count=count,
        url=reverse("cases_admin:index") + f"?status={CaseStatus.NEW}",
    )
