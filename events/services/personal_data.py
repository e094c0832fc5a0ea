"""A person's events data: what their data export holds, and what deleting their account does to it.

Registrations stay (without the person) so that counts of sign-ups and attendance stay true. Feedback
keeps its text only where the author chose to be anonymous and an app (stories) already publishes it;
what apps made from anything else they wrote goes with the account (see events.feedback_signals).
"""

import json
import uuid

from django.db import transaction
from django.db.models import CharField, Q, Value
from django.db.models.functions import Cast, Concat

from events.feedback_signals import feedback_forgotten, feedback_published
from events.models import Consent, Feedback, FeedbackStatus, Registration
from website.core.personal_data import PersonalDataSource, isoformat

DELETED_PARTICIPANT = "Deleted participant"
BATCH_SIZE = 500


def named_answers(registration):
    """The person's answers to the event's questions, by question text rather than block id."""
    answers = json.loads(registration.answers) if registration.answers else {}
    questions = {block.id: block.value["question"] for block in registration.event.questions}
    return [{"question": questions.get(key, key), "answer": value} for key, value in answers.items()]


def registrations_data(user):
    registrations = Registration.objects.filter(user=user).select_related("event").order_by("created_at")
    return [
        {
            "event": registration.event.title,
            "starts_at": isoformat(registration.event.starts_at),
            "ends_at": isoformat(registration.event.ends_at),
            "status": registration.status,
            "name": registration.name,
            "email": registration.email,
            "phone": registration.phone,
            "answers": named_answers(registration),
            "language": registration.language,
            "signed_up_at": isoformat(registration.created_at),
            "confirmed_at": isoformat(registration.confirmed_at),
            "cancelled_at": isoformat(registration.cancelled_at),
            "checked_in_at": isoformat(registration.checked_in_at),
        }
        for registration in registrations
    ]


def feedback_data(user):
    feedback = Feedback.objects.filter(registration__user=user).select_related("event").order_by("created_at")
    return [
        {
            "event": item.event.title,
            "rating": item.rating,
            "text": item.text,
            "publication": item.consent,
            "name_to_publish": item.display_name,
            "status": item.status,
            "sent_at": isoformat(item.created_at),
        }
        for item in feedback
    ]


def published(feedback, *consents):
    """A condition on feedback: given with one of these consents, and published by an app (a story)."""
    given = feedback.filter(consent__in=consents)
    condition = Q(pk__in=[])
    for _receiver, part in feedback_published.send(sender=Feedback, feedback=given):
        condition |= Q(pk__in=part.values("pk"))
    return condition


def clear_feedback(feedback):
    """Remove what people wrote and the name they would publish under; the rating stays. Returns how many."""
    cleared = {"text": "", "display_name": "", "story": None, "status": FeedbackStatus.ARCHIVED}
    return feedback.exclude(**cleared).update(**cleared)


def anonymise_registrations(registrations, placeholder):
    """Strip people from registrations, in batches of bulk updates; returns how many were changed.

    The status and the dates stay, so counts of sign-ups and attendance stay true. The name becomes
    `placeholder`; contact details and answers go; new tokens and check-in codes make the links in old
    emails show "not valid" and no code open the registration (a code with "-" is never issued).
    """
    anonymous = {"name": placeholder, "email": "", "phone": "", "answers": "", "user": None}
    pks = list(registrations.exclude(**anonymous).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), BATCH_SIZE):
        batch = pks[start : start + BATCH_SIZE]
        Registration.objects.filter(pk__in=batch).update(
            **anonymous, code=Concat(Value("-"), Cast("pk", CharField()))
        )
        Registration.objects.bulk_update([Registration(pk=pk, token=uuid.uuid4()) for pk in batch], ["token"])
    return len(pks)


@transaction.atomic
def forget_feedback(user):
    """Before an account is deleted: clear what the person wrote, and let apps remove what they made of it.

    Only feedback given anonymously that is already published keeps its text (and its story).
    """
    feedback = Feedback.objects.filter(registration__user=user)
    forgotten = feedback.exclude(published(feedback, Consent.ANONYMOUS))
    feedback_forgotten.send(sender=Feedback, feedback=forgotten)
    clear_feedback(forgotten)


@transaction.atomic
def forget_registrations(user):
    """Before an account is deleted: strip the person from their registrations.

    Their feedback is forgotten first, since it is found through these registrations.
    """
    forget_feedback(user)
    anonymise_registrations(Registration.objects.filter(user=user), DELETED_PARTICIPANT)


def personal_data_sources():
    """The sections of a person's data export that events holds, and how deleting the account erases them."""
    return [
        PersonalDataSource("event_registrations", export=registrations_data, erase=forget_registrations),
        PersonalDataSource("event_feedback", export=feedback_data, erase=forget_feedback),
    ]
