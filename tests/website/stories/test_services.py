"""Turning feedback into a story, and the consent rules no story can get around."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Consent, Feedback, FeedbackStatus
from events.services import feedback as feedback_service
from tests.events.feedback_helpers import attended, past_event
from tests.website.site_tree import translate
from website.accounts.factories import UserFactory
from website.core.models import AuditEntry
from website.stories import services as stories_service
from website.stories.factories import StoryIndexPageFactory, StoryPageFactory
from website.stories.models import StoryPage

pytestmark = pytest.mark.django_db

TEXT = "Тренинг помог мне понять свои права. Теперь я помогаю соседкам!\n\nСпасибо организаторам."


@pytest.fixture
def event_index(site_tree):
    return EventIndexPageFactory(parent=site_tree.homes["ru"])


@pytest.fixture
def event(event_index):
    def make_event(**fields):
        return EventPageFactory(parent=event_index, **fields)

    return past_event(make_event, title="Тренинг в Оше", slug="training-osh")


@pytest.fixture
def story_indexes(event_index):
    """The stories index in Russian (the default language) and its English translation; none in Kyrgyz."""
    ru_index = StoryIndexPageFactory(parent=event_index.get_parent())
    en_home = event_index.get_parent().get_translation(Locale.objects.get(language_code="en"))
    return {"ru": ru_index, "en": translate(ru_index, en_home.locale, title="Stories")}


@pytest.fixture
def editor():
    return UserFactory(is_staff=True)


def give_feedback(event, consent, language="ru", name="Айгуль"):
    return feedback_service.submit_feedback(
        attended(event), rating=5, text=TEXT, consent=consent, display_name=name, language=language
    )


def test_named_feedback_becomes_a_draft_story_signed_with_the_name_and_linked_both_ways(
    event, story_indexes, editor
):
    feedback = give_feedback(event, Consent.NAMED)

    story = stories_service.turn_into_story(feedback, editor)

    assert not story.live
    assert story.get_parent().specific == story_indexes["ru"]
    assert (story.author_name, story.consent_confirmed) == ("Айгуль", True)
    assert story.quote == "Тренинг помог мне понять свои права."
    assert "Теперь я помогаю соседкам!" in str(story.body[0].value)
    assert story.source_feedback == feedback
    assert story.get_latest_revision().user == editor
    feedback.refresh_from_db()
    assert (feedback.story, feedback.status, feedback.reviewed_by) == (story, FeedbackStatus.STORY, editor)
    assert AuditEntry.objects.filter(action="feedback.turn_into_story", object_id=str(feedback.pk)).exists()


def test_anonymous_feedback_becomes_an_unsigned_story_with_the_editors_quote(event, story_indexes, editor):
    feedback = give_feedback(event, Consent.ANONYMOUS)

    story = stories_service.turn_into_story(feedback, editor, quote="Теперь я помогаю соседкам!")

    assert story.author_name == ""
    assert story.quote == "Теперь я помогаю соседкам!"


def test_the_story_goes_under_the_stories_page_of_the_feedback_language(event, story_indexes, editor):
    english = stories_service.turn_into_story(give_feedback(event, Consent.NAMED, language="en"), editor)
    kyrgyz = stories_service.turn_into_story(give_feedback(event, Consent.NAMED, language="ky"), editor)

    assert english.get_parent().specific == story_indexes["en"]
    assert english.locale.language_code == "en"
    assert english.title.startswith("After the event: ")
    assert kyrgyz.get_parent().specific == story_indexes["ru"], "no Kyrgyz stories page: the default one"


def test_private_feedback_cannot_become_a_story(event, story_indexes, editor):
    feedback = give_feedback(event, Consent.PRIVATE)

    with pytest.raises(feedback_service.FeedbackError, match="asked us not to publish"):
        stories_service.turn_into_story(feedback, editor)

    assert not StoryPage.objects.exists()
    assert Feedback.objects.get().status == FeedbackStatus.NEW


def test_turning_the_same_feedback_twice_gives_the_same_story(event, story_indexes, editor):
    feedback = give_feedback(event, Consent.ANONYMOUS)

    first = stories_service.turn_into_story(feedback, editor)
    second = stories_service.turn_into_story(feedback, editor)

    assert first.pk == second.pk
    assert StoryPage.objects.count() == 1


def test_without_a_stories_page_the_editor_is_told_to_create_one(event, editor):
    with pytest.raises(feedback_service.FeedbackError, match="There is no stories page yet"):
        stories_service.turn_into_story(give_feedback(event, Consent.NAMED), editor)


def test_not_even_a_draft_story_can_be_made_from_private_feedback(event, story_indexes):
    story = StoryPageFactory.build(source_feedback=give_feedback(event, Consent.PRIVATE), live=False)

    with pytest.raises(ValidationError, match="asked us not to publish"):
        story_indexes["ru"].add_child(instance=story)

    assert not StoryPage.objects.exists()


def test_a_story_from_anonymous_feedback_must_not_name_its_author(event, story_indexes, editor):
    story = stories_service.turn_into_story(give_feedback(event, Consent.ANONYMOUS), editor)
    story.author_name = "Айгуль"

    with pytest.raises(ValidationError) as error:
        story.full_clean()

    assert "author_name" in error.value.message_dict


def test_a_story_without_consent_cannot_be_published(story_indexes):
    story = StoryPageFactory(parent=story_indexes["ru"], consent_confirmed=False, live=False)

    with pytest.raises(ValidationError, match="only with its author's consent"):
        story.save_revision().publish()

    assert not StoryPage.objects.get(pk=story.pk).live


def test_a_forced_story_from_feedback_that_became_private_is_not_shown(client, event, story_indexes, editor):
    story = stories_service.turn_into_story(give_feedback(event, Consent.ANONYMOUS), editor)
    story.save_revision().publish()
    assert client.get(story.url).status_code == 200

    Feedback.objects.filter(pk=story.source_feedback_id).update(consent=Consent.PRIVATE)

    assert client.get(story.url).status_code == 404
    assert story.title not in client.get(story_indexes["ru"].url).content.decode()


def test_markup_in_feedback_reaches_the_story_as_plain_text(event, story_indexes, editor):
    feedback = feedback_service.submit_feedback(
        attended(event),
        rating=5,
        text='Отлично <script>alert("x")</script>\n\nВторой абзац.',
        consent=Consent.ANONYMOUS,
        language="ru",
    )

    story = stories_service.turn_into_story(feedback, editor)

    html = story.body[0].value.source
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert html.count("<p>") == 2
