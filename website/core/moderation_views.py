"""Admin views for moderating translations: submitting one from the translation editor, and confirming an
approval or a request for changes made from the dashboard."""

import json

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.workflow import WorkflowAction
from wagtail_localize.models import Translation

from website.core.moderation import submit_translation_for_moderation


@require_POST
def submit_translation(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    page = submit_translation_for_moderation(translation, request.user)
    messages.success(
        request,
        _("The translation “%(title)s” (%(language)s) has been submitted for moderation.")
        % {"title": page.get_admin_display_title(), "language": translation.target_locale.get_display_name()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


WORKFLOW_ACTION_MESSAGES = {
    "approve": gettext_lazy("The page “%(title)s” has been approved."),
    "reject": gettext_lazy("Changes to the page “%(title)s” have been requested."),
}


class ConfirmedWorkflowAction(WorkflowAction):
    """Wagtail's page workflow action (the dashboard's "Approve" and "Request changes"), which says what
    it did: Wagtail's own returns to the dashboard without a word."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        message = WORKFLOW_ACTION_MESSAGES.get(self.action_name)
        if message and succeeded(response):
            messages.success(request, message % {"title": self.object.get_admin_display_title()})
        return response


def succeeded(response):
    """True for the workflow action's redirect, or its modal's answer that the action was done."""
    if response.status_code == 302:
        return True
    if response.get("Content-Type", "").startswith("application/json"):
        return json.loads(response.content).get("step") == "success"
    return False
