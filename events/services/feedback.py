"""Feedback after an event: who may give it, saving it once, and an editor's review.

Only people who were checked in may give feedback, once the event has ended. An editor archives it
or, when the author agreed to publication, turns it into a draft story for the stories page.
"""

import re

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.html import linebreaks
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.rich_text import RichText

from events.models import Consent, Feedback, FeedbackStatus
from events.services.calendar import translated_event
from events.services.registrations import LinkError, registration_for_token
from website.core.audit import record
from website.stories.models import StoryIndexPage, StoryPage

MAX_TEXT_LENGTH = 5000
QUOTE_LENGTH = StoryPage._meta.get_field("quote").max_length
EXCERPT_LENGTH = StoryPage._meta.get_field("excerpt").max_length
SENTENCE = re.compile(r"(.+?[.!?…])(?:\s|$)")


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
    feedback.status, feedback.reviewed_by, feedback.reviewed_at = status, editor, timezone.now()
    feedback.save(update_fields=["status", "story", "reviewed_by", "reviewed_at"])


def first_sentence(text, limit=QUOTE_LENGTH):
    """The text's first sentence (or its beginning), cut at a word to fit `limit` characters."""
    text = " ".join(text.split())
    match = SENTENCE.match(text)
    return Truncator(match.group(1) if match else text).chars(limit)


def story_index_for(language):
    """The stories index in a language, else the default language's; FeedbackError when there is none."""
    for locale in (Locale.objects.filter(language_code=language).first(), Locale.get_default()):
        index = StoryIndexPage.objects.filter(locale=locale).first() if locale else None
        if index is not None:
            return index
    raise FeedbackError(_("There is no stories page yet. Create one, then turn this feedback into a story."))


def story_from_feedback(feedback, index, quote):
    """An unsaved draft story holding the feedback, in the language of the stories index."""
    language = index.locale.language_code
    event = translated_event(feedback.event, language)
    with translation.override(language):
        title = _("After the event: %(event)s") % {"event": event.title}
        excerpt = _("A participant tells in their own words about the event: %(event)s") % {
            "event": event.title
        }
    return StoryPage(
        title=Truncator(title).chars(StoryPage._meta.get_field("title").max_length),
        slug=f"{event.slug}-story-{feedback.pk}",
        live=False,
        date=timezone.localdate(feedback.created_at),
        author_name=feedback.display_name if feedback.consent == Consent.NAMED else "",
        excerpt=Truncator(excerpt).chars(EXCERPT_LENGTH),
        quote=quote or first_sentence(feedback.text),
        body=[("paragraph", RichText(linebreaks(feedback.text, autoescape=True)))],
        consent_confirmed=True,
        source_feedback=feedback,
    )


def turn_into_story(feedback, editor, quote=""):
    """A draft story made from feedback whose author agreed to publication, for an editor to finish.

    The story goes under the stories index of the feedback's language (else the default language's) and
    links back to the feedback; turning the same feedback again returns the story already made.
    """
    quote = " ".join(quote.split())
    if len(quote) > QUOTE_LENGTH:
        raise FeedbackError(_("The quote is longer than %(limit)s characters.") % {"limit": QUOTE_LENGTH})
    with transaction.atomic():
        feedback = Feedback.objects.select_for_update().get(pk=feedback.pk)
        if not feedback.may_be_published:
            raise FeedbackError(
                _("The author asked us not to publish this feedback, so it cannot become a story.")
            )
        if feedback.story is not None:
            return feedback.story
        index = story_index_for(feedback.language)
        story = story_from_feedback(feedback, index, quote)
        index.add_child(instance=story)
        story.save_revision(user=editor, log_action=True)
        feedback.story = story
        mark_reviewed(feedback, FeedbackStatus.STORY, editor)
    record(editor, "feedback.turn_into_story", feedback)
    return story
