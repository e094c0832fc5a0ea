"""Registers the "Events" admin menu (built in `events/admin/`), its dashboard panel, and what events keeps of
people for the personal-data export, deletion and retention registries."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks

from events.admin.permissions import may_moderate
from events.admin.viewsets import EventsViewSetGroup
from events.models import FeedbackStatus
from events.services import feedback as feedback_service
from events.services import personal_data, retention
from website.core.dashboard import add_waiting_work_panel


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


@hooks.register("register_personal_data")
def register_events_personal_data():
    return personal_data.personal_data_sources()


@hooks.register("register_retention_rule")
def register_events_retention():
    return retention.retention_rules()
