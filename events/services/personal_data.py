"""A person's events data: what their data export holds, and what deleting their account does to it.

Registrations stay (without the person) so that counts of sign-ups and attendance stay true. Feedback
keeps its text only where the author chose to be anonymous and it is already a published story; stories
from anything else they wrote, and their named stories, are deleted with the account.
"""

import json
import uuid

from django.db import transaction
from wagtail.actions.delete_page import DeletePageAction

from events.models import Consent, Feedback, FeedbackStatus, Registration
from website.stories.models import StoryPage

DELETED_PARTICIPANT = "Deleted participant"


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


def kept_in_published_story(feedback):
    return feedback.consent == Consent.ANONYMOUS and feedback.stories.live().exists()


@transaction.atomic
def forget_person(user):
    """Before an account is deleted: strip the person from their registrations, feedback and stories."""
    for feedback in Feedback.objects.filter(registration__user=user):
        if kept_in_published_story(feedback):
            continue
        for story in StoryPage.objects.filter(source_feedback=feedback).order_by("-depth", "-pk"):
            DeletePageAction(story, user=None).execute(skip_permission_checks=True)
        Feedback.objects.filter(pk=feedback.pk).update(
            text="", display_name="", story=None, status=FeedbackStatus.ARCHIVED
        )
    for registration in Registration.objects.filter(user=user):
        registration.name, registration.email, registration.phone, registration.answers = (
            DELETED_PARTICIPANT,
            "",
            "",
            "",
        )
        registration.user, registration.token = None, uuid.uuid4()
        registration.save(update_fields=["name", "email", "phone", "answers", "user", "token"])
