"""Retention for events: what is left of people once their event ended longer ago than the retention period.

Registrations stay, anonymised, with their status and dates, so an event's counts stay true; feedback
keeps its rating. Feedback that a live story was made from with its author's consent keeps its text and
its story, but no longer leads to the person. Reminder markers are only needed until the event is over.
"""

from events.models import Consent, Feedback, Registration, SentReminder
from events.services.personal_data import (
    anonymise_registrations,
    clear_feedback,
    delete_stories_from,
    in_live_story,
)
from website.core.models import ANONYMISED_NAME


def shred_ended_events(cutoff):
    """Remove personal data of events that ended before `cutoff`; returns counts of what changed."""
    feedback = Feedback.objects.filter(event__ends_at__lt=cutoff)
    forgotten = feedback.exclude(in_live_story(Consent.NAMED, Consent.ANONYMOUS))
    counts = {
        "stories_deleted": delete_stories_from(forgotten),
        "feedback_cleared": clear_feedback(forgotten),
        "feedback_unlinked": feedback.exclude(registration=None).update(registration=None),
        "registrations_anonymised": anonymise_registrations(
            Registration.objects.filter(event__ends_at__lt=cutoff), ANONYMISED_NAME
        ),
    }
    counts["reminder_markers_deleted"], _by_model = SentReminder.objects.filter(
        event__ends_at__lt=cutoff
    ).delete()
    return counts
