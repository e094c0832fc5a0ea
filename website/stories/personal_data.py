"""Stories made from feedback, when the feedback's author is forgotten: by deleting their account, or at the
end of the retention period.

A story stays only while it is live and made from feedback given with the author's consent (when they
delete their account: anonymous consent only); every other story made from their feedback is deleted,
in every language. Events asks which feedback is published, and says which is forgotten, through
events.feedback_signals.
"""

from django.db.models import Exists, OuterRef
from django.dispatch import receiver
from wagtail.actions.delete_page import DeletePageAction

from events.feedback_signals import feedback_forgotten, feedback_published
from events.models import Consent, Feedback
from website.core.retention import RetentionRule, retention_cutoff
from website.stories.models import StoryPage


def in_live_story():
    """A condition on feedback: a live story was made from it."""
    return Exists(StoryPage.objects.live().filter(source_feedback=OuterRef("pk")))


@receiver(feedback_published)
def feedback_in_live_stories(sender, feedback, **kwargs):
    return feedback.filter(in_live_story())


def delete_stories_from(feedback):
    """Delete the story pages (every translation) made from this feedback; returns how many."""
    stories = list(StoryPage.objects.filter(source_feedback__in=feedback).order_by("-depth", "-pk"))
    for story in stories:
        DeletePageAction(story, user=None).execute(skip_permission_checks=True)
    return len(stories)


@receiver(feedback_forgotten)
def delete_stories_from_forgotten_feedback(sender, feedback, **kwargs):
    delete_stories_from(feedback)


def delete_old_stories(now):
    """Stories made from feedback on events past the retention period stay only if live and consented."""
    feedback = Feedback.objects.filter(event__ends_at__lt=retention_cutoff(now))
    consented = feedback.filter(consent__in=[Consent.NAMED, Consent.ANONYMOUS])
    return delete_stories_from(feedback.exclude(pk__in=consented.filter(in_live_story()).values("pk")))


def retention_rules():
    return [RetentionRule("stories_deleted", delete_old_stories)]
