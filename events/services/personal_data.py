"""A person's events data: what their data export holds, and what deleting their account does to it.

Registrations stay (without the person) so that counts of sign-ups and attendance stay true. Feedback
keeps its text only where the author chose to be anonymous and it is already a published story; stories
from anything else they wrote, and their named stories, are deleted with the account.
"""

import json
import uuid

from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from wagtail.actions.delete_page import DeletePageAction

from events.models import Consent, Feedback, FeedbackStatus, Registration
from website.stories.models import StoryPage

DELETED_PARTICIPANT = "Deleted participant"
BATCH_SIZE = 500


def isoformat(moment):
    return moment.isoformat() if moment else None


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


def in_live_story(*consents):
    """Feedback given with one of these consents that a live story was made from."""
    return Q(consent__in=consents) & Exists(StoryPage.objects.live().filter(source_feedback=OuterRef("pk")))


def delete_stories_from(feedback):
    """Delete the story pages (every translation) made from this feedback; returns how many."""
    stories = list(StoryPage.objects.filter(source_feedback__in=feedback).order_by("-depth", "-pk"))
    for story in stories:
        DeletePageAction(story, user=None).execute(skip_permission_checks=True)
    return len(stories)


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
def forget_person(user):
    """Before an account is deleted: strip the person from their registrations, feedback and stories.

    Only feedback given anonymously that is already in a live story keeps its text (and its story).
    """
    feedback = Feedback.objects.filter(registration__user=user).exclude(in_live_story(Consent.ANONYMOUS))
    delete_stories_from(feedback)
    clear_feedback(feedback)
    anonymise_registrations(Registration.objects.filter(user=user), DELETED_PARTICIPANT)
