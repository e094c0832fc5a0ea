"""The feedback moderation queue in the admin, and publishing stories there only with consent."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import Consent, FeedbackStatus
from events.services import feedback as feedback_service
from website.core.models import AuditEntry
from website.stories import services as stories_service
from website.stories.factories import StoryIndexPageFactory, StoryPageFactory
from website.stories.models import StoryPage

from ..feedback_helpers import attended, past_event, staff_member

pytestmark = pytest.mark.django_db

TEXT = "Мне стало спокойнее говорить с чиновниками. Спасибо!"


@pytest.fixture
def event(make_event):
    return past_event(make_event, title="Тренинг в Жалал-Абаде")


@pytest.fixture
def stories(event_index):
    return StoryIndexPageFactory(parent=event_index.get_parent())


def give_feedback(event, consent=Consent.ANONYMOUS):
    return feedback_service.submit_feedback(
        attended(event), rating=4, text=TEXT, consent=consent, display_name="Бермет", language="ru"
    )


def story_form(page, **fields):
    body = streamfield([("paragraph", rich_text("<p>Текст</p>"))])
    data = {
        "title": page.title,
        "slug": page.slug,
        "comments": inline_formset([]),
        "date": "2026-12-10",
        "author_name": page.author_name,
        "excerpt": "Коротко",
        "quote": page.quote,
        "body": body,
        **fields,
    }
    return nested_form_data(data)


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_see_the_queue_with_event_rating_consent_and_status(client, event, group):
    give_feedback(event)
    client.force_login(staff_member(group))

    response = client.get(reverse("events_feedback:index"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Тренинг в Жалал-Абаде" in html
    assert "Publish it anonymously" in html and "To review" in html
    assert TEXT not in html, "the list shows no feedback text"


def test_staff_without_the_feedback_permission_cannot_see_feedback(client, event):
    feedback = give_feedback(event)
    client.force_login(staff_member(permissions=["wagtailadmin.access_admin"]))

    listing = client.get(reverse("events_feedback:index"))
    detail = client.get(reverse("events_feedback:inspect", args=[feedback.pk]))
    archive = client.post(reverse("events_feedback:archive", args=[feedback.pk]))

    for response in (listing, detail, archive):
        assert response.status_code in (302, 403)
        assert TEXT not in response.content.decode()
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.NEW
    assert "Feedback to review" not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert not AuditEntry.objects.filter(action="feedback.view").exists()


def test_opening_a_feedback_shows_its_text_and_leaves_an_audit_entry(client, event):
    feedback = give_feedback(event)
    editor = staff_member("Editors")
    client.force_login(editor)

    response = client.get(reverse("events_feedback:inspect", args=[feedback.pk]))

    assert f"<p>{TEXT}</p>" in response.content.decode()
    [entry] = AuditEntry.objects.filter(action="feedback.view")
    assert (entry.actor, entry.object_id) == (editor, str(feedback.pk))
    assert "спокойнее" not in entry.detail


def test_feedback_not_yet_reviewed_shows_a_dash_for_who_and_when_not_none(client, event):
    feedback = give_feedback(event)
    client.force_login(staff_member("Editors"))

    html = client.get(reverse("events_feedback:inspect", args=[feedback.pk])).content.decode()

    for label in ("Reviewed by", "Reviewed"):
        shown = re.search(rf"{label}\s*</dt>\s*<dd[^>]*>\s*(.*?)\s*</dd>", html, re.S)
        assert shown and shown.group(1) == "—", label


def test_archiving_takes_feedback_off_the_queue(client, event):
    feedback = give_feedback(event)
    moderator = staff_member("Moderators")
    client.force_login(moderator)

    response = client.post(reverse("events_feedback:archive", args=[feedback.pk]), follow=True)

    assert "The feedback is archived." in response.content.decode()
    feedback.refresh_from_db()
    assert (feedback.status, feedback.reviewed_by) == (FeedbackStatus.ARCHIVED, moderator)


def test_turn_into_story_makes_a_draft_and_opens_it_for_editing(client, event, stories):
    feedback = give_feedback(event, Consent.NAMED)
    client.force_login(staff_member("Editors"))
    url = reverse("events_feedback:story", args=[feedback.pk])

    form = client.get(url)
    response = client.post(url, {"quote": "Мне стало спокойнее."})

    assert form.context["form"].initial["quote"] == "Мне стало спокойнее говорить с чиновниками."
    story = StoryPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[story.pk])
    assert (story.live, story.quote, story.author_name) == (False, "Мне стало спокойнее.", "Бермет")
    edit_page = client.get(response["Location"]).content.decode()
    assert reverse("events_feedback:inspect", args=[feedback.pk]) in edit_page


def test_private_feedback_offers_no_story_and_refuses_one(client, event, stories):
    feedback = give_feedback(event, Consent.PRIVATE)
    client.force_login(staff_member("Moderators"))

    detail = client.get(reverse("events_feedback:inspect", args=[feedback.pk])).content.decode()
    response = client.post(reverse("events_feedback:story", args=[feedback.pk]), {"quote": ""})

    assert reverse("events_feedback:story", args=[feedback.pk]) not in detail
    assert "asked us not to publish this feedback" in response.content.decode()
    assert not StoryPage.objects.exists()


def test_a_story_without_consent_is_not_published_from_the_editor(client, stories):
    story = StoryPageFactory(parent=stories, consent_confirmed=False, live=False, title="Черновик")
    client.force_login(staff_member("Moderators"))

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[story.pk]),
        story_form(story, **{"action-publish": "publish"}),
    )

    assert response.status_code == 200
    assert "only with its author" in response.content.decode()
    assert not StoryPage.objects.get(pk=story.pk).live


def test_a_story_without_consent_can_be_saved_as_a_draft(client, stories):
    client.force_login(staff_member("Editors"))
    draft = StoryPage(title="Новая история", slug="new-story", author_name="", quote="")

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["stories", "storypage", stories.pk]), story_form(draft)
    )

    assert response.status_code == 302
    assert StoryPage.objects.get(slug="new-story").live is False


def test_a_story_from_anonymous_feedback_cannot_be_signed_in_the_editor(client, event, stories):
    story = stories_service.turn_into_story(give_feedback(event, Consent.ANONYMOUS), staff_member())
    client.force_login(staff_member("Moderators"))

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[story.pk]),
        story_form(story, author_name="Бермет", consent_confirmed="on", **{"action-publish": "publish"}),
    )

    assert "The author asked to stay anonymous" in response.content.decode()
    assert not StoryPage.objects.get(pk=story.pk).live


def test_bulk_publishing_refuses_a_story_without_consent(client, stories):
    story = StoryPageFactory(parent=stories, consent_confirmed=False, live=False)
    client.force_login(staff_member("Moderators"))
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={story.pk}&next=/admin/"
    )

    response = client.post(url, {"include_descendants": ""}, follow=True)

    assert "only with its author" in response.content.decode()
    assert not StoryPage.objects.get(pk=story.pk).live


def test_editors_and_moderators_get_the_feedback_permissions_and_trainers_do_not():
    def feedback_permissions(name):
        group = Group.objects.get(name=name)
        return set(
            group.permissions.filter(content_type__app_label="events").values_list("codename", flat=True)
        )

    assert feedback_permissions("Editors") == {"view_feedback", "change_feedback"}
    assert feedback_permissions("Moderators") == {"view_feedback", "change_feedback"}
    assert feedback_permissions("Trainers") == set()


def waiting_feedback_panel(html):
    """The dashboard's "Feedback to review" panel, or None."""
    match = re.search(r'id="feedback_to_review-section".*?</section>', html, re.DOTALL)
    return match.group(0) if match else None


def test_the_dashboard_counts_the_feedback_waiting_for_review_and_links_to_it(client, event):
    first, _second = give_feedback(event), give_feedback(event)
    client.force_login(staff_member("Editors"))

    panel = waiting_feedback_panel(client.get(reverse("wagtailadmin_home")).content.decode())

    assert "2 feedback responses wait for your review" in panel
    assert f'href="{reverse("events_feedback:index")}?status=new"' in panel
    feedback_service.archive_feedback(first, staff_member("Moderators"))
    panel = waiting_feedback_panel(client.get(reverse("wagtailadmin_home")).content.decode())
    assert "1 feedback response waits for your review" in panel


def test_the_dashboard_shows_no_feedback_panel_when_nothing_waits_or_to_staff_who_may_not_review(
    client, event
):
    client.force_login(staff_member("Editors"))
    assert waiting_feedback_panel(client.get(reverse("wagtailadmin_home")).content.decode()) is None

    give_feedback(event)
    client.force_login(staff_member("Administrators"))
    assert waiting_feedback_panel(client.get(reverse("wagtailadmin_home")).content.decode()) is None


@pytest.mark.parametrize(
    ("count", "words"), [(1, "1 отзыв ждёт"), (3, "3 отзыва ждут"), (5, "5 отзывов ждут")]
)
def test_the_russian_dashboard_counts_feedback_with_russian_plurals(client, event, settings, count, words):
    settings.LOCALE_PATHS = [Path(settings.BASE_DIR) / "locale"]
    for _number in range(count):
        give_feedback(event)
    client.force_login(staff_member("Editors"))

    panel = waiting_feedback_panel(client.get(reverse("wagtailadmin_home")).content.decode())

    assert f"{words} вашей проверки" in panel
