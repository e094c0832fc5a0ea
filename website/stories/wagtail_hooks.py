"""Stories in the admin: "Turn into a story" in the feedback moderation queue, and bulk publishing that
respects the authors' consent; what stories shreds at the end of the retention period."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from events.admin.review_actions import REVIEW_ACTION_HOOK, FeedbackReviewAction
from website.stories import personal_data
from website.stories.admin import TurnIntoStoryView
from website.stories.models import PUBLISH_NEEDS_CONSENT, hidden_stories


@hooks.register(REVIEW_ACTION_HOOK)
def offer_turning_feedback_into_a_story():
    return FeedbackReviewAction(
        name="story",
        label=_("Turn into a story"),
        icon_name="openquote",
        view=TurnIntoStoryView.as_view(),
        priority=40,
        is_offered=lambda feedback: feedback.may_be_published,
    )


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


@hooks.register("register_retention_rule")
def register_stories_retention():
    return personal_data.retention_rules()
