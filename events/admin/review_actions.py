"""Review actions other apps offer in the feedback moderation queue (the stories app offers "Turn into a
story"), so events need not know them.

An app registers a function under the hook `register_feedback_review_action` that returns a
`FeedbackReviewAction`. Its view is served at `<feedback id>/<name>/` in the queue (URL name
`events_feedback:<name>`), and its button shows on feedback still to review, for people who may moderate,
when `is_offered(feedback)` is true. The view checks who may use it (see `FeedbackActionMixin`).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import path
from wagtail import hooks

REVIEW_ACTION_HOOK = "register_feedback_review_action"


def always(feedback):
    return True


@dataclass(frozen=True)
class FeedbackReviewAction:
    name: str
    label: str
    icon_name: str
    view: Callable
    priority: int = 40
    is_offered: Callable = always


def feedback_review_actions():
    return [register() for register in hooks.get_hooks(REVIEW_ACTION_HOOK)]


def review_action_urls():
    return [
        path(f"<int:pk>/{action.name}/", action.view, name=action.name)
        for action in feedback_review_actions()
    ]
