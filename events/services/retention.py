"""Retention for events: what is left of people once their event ended longer ago than the retention period.

Registrations stay, anonymised, with their status and dates, so an event's counts stay true; feedback
keeps its rating. Feedback that an app (stories) publishes with its author's consent keeps its text, but
no longer leads to the person. Reminder markers are only needed until the event is over.
"""

from events.models import Consent, Feedback, Registration, SentReminder
from events.services.personal_data import anonymise_registrations, clear_feedback, published
from website.core.models import ANONYMISED_NAME
from website.core.retention import RetentionRule, retention_cutoff


def feedback_of_ended_events(now):
    return Feedback.objects.filter(event__ends_at__lt=retention_cutoff(now))


def clear_old_feedback(now):
    """Clear the text of feedback from events past the period, unless it is published with consent."""
    feedback = feedback_of_ended_events(now)
    return clear_feedback(feedback.exclude(published(feedback, Consent.NAMED, Consent.ANONYMOUS)))


def unlink_old_feedback(now):
    """Feedback from events past the period no longer leads to the registration, hence to the person."""
    return feedback_of_ended_events(now).exclude(registration=None).update(registration=None)


def anonymise_old_registrations(now):
    registrations = Registration.objects.filter(event__ends_at__lt=retention_cutoff(now))
    return anonymise_registrations(registrations, ANONYMISED_NAME)


def delete_old_reminder_markers(now):
    deleted, _by_model = SentReminder.objects.filter(event__ends_at__lt=retention_cutoff(now)).delete()
    return deleted


def retention_rules():
    """What events shreds each night once an event ended longer ago than the retention period."""
    return [
        RetentionRule("feedback_cleared", clear_old_feedback),
        RetentionRule("feedback_unlinked", unlink_old_feedback),
        RetentionRule("registrations_anonymised", anonymise_old_registrations),
        RetentionRule("reminder_markers_deleted", delete_old_reminder_markers),
    ]
