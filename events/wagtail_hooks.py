"""Registers the "Events" admin menu (built in `events/admin/`), its dashboard panel and a bulk-action guard."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.models import Page

from events.admin.permissions import may_moderate
from events.admin.viewsets import EventsViewSetGroup
from events.models import FeedbackStatus
from events.services import feedback as feedback_service
from website.core.dashboard import add_waiting_work_panel
from website.stories.models import PUBLISH_NEEDS_CONSENT, hidden_stories


@hooks.register("before_bulk_action")
def refuse_publishing_stories_without_consent(request, action_type, objects, action):
    """Bulk publishing must not put a story without its author's consent online; say so instead of failing."""
    pages = [page for page in objects if isinstance(page, Page)]
    if action_type != "publish" or not pages:
        return None
    selected = Q(pk__in=[page.pk for page in pages])
    if action.get_execution_context().get("include_descendants"):
        for page in pages:
            selected |= Q(path__startswith=page.path, live=False)
    if hidden_stories().filter(selected).exists():
        messages.error(request, PUBLISH_NEEDS_CONSENT)
        return redirect(action.next_url)
    return None


@hooks.register("register_admin_viewset")
def register_events_admin():
    return EventsViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_feedback_to_review_panel(request, panels):
    if not may_moderate(request.user):
        return
    count = feedback_service.count_to_review()
    add_waiting_work_panel(
        panels,
        name="feedback_to_review",
        heading=_("Feedback to review"),
        count_text=ngettext(
            "%(count)s feedback response waits for your review",
            "%(count)s feedback responses wait for your review",
            count,
        )
        % {"count": count},
        count=count,
        url=reverse("events_feedback:index") + f"?status={FeedbackStatus.NEW}",
    )
