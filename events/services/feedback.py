"""Feedback after an event: who may give it, saving it once, and an editor's review.

Only people who were checked in may give feedback, once the event has ended. An editor archives it
or, when the author agreed to publication, turns it into a draft story (the stories app offers that).
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Consent, Feedback, FeedbackStatus
from events.services.registrations import LinkError, registration_for_token
from website.core.audit import record

MAX_TEXT_LENGTH = 5000


class FeedbackError(Exception):
    """Feedback cannot be given or reviewed; `message` is translated and says why."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class UnknownFeedbackLink(FeedbackError):
    """The link matches no registration (mistyped or cut short)."""


class FeedbackAlreadyGiven(FeedbackError):
    def __init__(self):
        super().__init__(_("Thank you, we have already received your feedback on this event."))


def registration_for_feedback(token, now=None):
    """The registration behind a feedback link, if its person may give feedback now; else FeedbackError."""
    now = now or timezone.now()
    try:
        registration = registration_for_token(token)
    except LinkError as error:
        raise UnknownFeedbackLink(error.message) from error
    if registration.checked_in_at is None:
        raise FeedbackError(
            _(
                "Only people who took part in the event can give feedback on it. If you were there, "
                "please ask the organisers to mark you as present."
            )
        )
    if registration.event.ends_at > now:
        raise FeedbackError(_("You can give feedback once the event has ended."))
    return registration


def has_given_feedback(registration):
    return Feedback.objects.filter(registration=registration).exists()


def submit_feedback(registration, *, rating, text, consent, display_name="", language):
    """Save a person's feedback on the event they attended (once); the name is kept only for named consent."""
    display_name = " ".join(display_name.split()) if consent == Consent.NAMED else ""
    try:
        with transaction.atomic():
            return Feedback.objects.create(
                event=registration.event,
                registration=registration,
                rating=rating,
                text=text.strip(),
                consent=consent,
                display_name=display_name,
                language=language,
            )
    except IntegrityError as error:
        raise FeedbackAlreadyGiven() from error


def count_to_review():
    """How many feedback forms wait for an editor's review."""
    return Feedback.objects.filter(status=FeedbackStatus.NEW).count()


def view_feedback(feedback, editor):
    """An editor opens a feedback text, which may be personal: leave an audit entry (not the text)."""
    record(editor, "feedback.view", feedback)
    return feedback


def archive_feedback(feedback, editor):
    """Take feedback off the review queue without publishing anything."""
    with transaction.atomic():
        feedback = Feedback.objects.select_for_update().get(pk=feedback.pk)
        if feedback.status == FeedbackStatus.STORY:
            raise FeedbackError(_("This feedback has already been turned into a story."))
        mark_reviewed(feedback, FeedbackStatus.ARCHIVED, editor)
    return feedback


def mark_reviewed(feedback, status, editor):
    """Close the review of feedback with `status`; its `story` is saved too, for the story made from it."""
    feedback.status, feedback.reviewed_by, feedback.reviewed_at = status, editor, timezone.now()
    feedback.save(update_fields=["status", "story", "reviewed_by", "reviewed_at"])
