"""Stories made from participants' feedback: an editor turns feedback whose author agreed to publication
into a draft story, which they then finish and publish.
"""

import re

from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import linebreaks
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.rich_text import RichText

from events.models import Consent, Feedback, FeedbackStatus
from events.services.calendar import translated_event
from events.services.feedback import FeedbackError, mark_reviewed
from website.core.audit import record
from website.stories.models import StoryIndexPage, StoryPage

QUOTE_LENGTH = StoryPage._meta.get_field("quote").max_length
EXCERPT_LENGTH = StoryPage._meta.get_field("excerpt").max_length
SENTENCE = re.compile(r"(.+?[.!?…])(?:\s|$)")


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
