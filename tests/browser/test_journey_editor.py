"""Journey 6: an editor writes a news item in the Wagtail admin, translates it into Kyrgyz and publishes it;
then participants of a past training give feedback, and the editor turns the one they may publish into a story."""

import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import exactly, log_in, ui
from tests.browser.prepare_site import FEEDBACK_GIVERS, feedback_giver_email

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]

# The admin speaks English to this editor; its words are Wagtail's and wagtail-localize's own.
KYRGYZ = "Кыргызча"


def translate_field(page, text):
    """In wagtail-localize's editor: open the next untranslated field, type the translation and save it.

    Returns once the server has stored it: the editor saves in the background, and publishing before that
    would publish the field untranslated.
    """
    page.get_by_role("button", name="Translate", exact=True).first.click()
    page.get_by_role("textbox").last.fill(text)
    with page.expect_response(
        lambda response: "/strings/" in response.url and response.request.method == "PUT"
    ) as saved:
        page.get_by_role("button", name="Save", exact=True).click()
    assert saved.value.ok


def test_an_editor_publishes_a_news_item_and_its_kyrgyz_translation(journey, screen):
    mark = uuid.uuid4().hex[:6]
    russian_title, kyrgyz_title = (
        f"Открылась приёмная в Оше {mark}",
        f"Оштогу кабыл алуу бөлмөсү ачылды {mark}",
    )
    kyrgyz_summary = "Ар шаршемби сайын акысыз юридикалык кеңеш."
    page = journey.open(locale="en")
    log_in(page, journey.site.editor("news", screen))

    page.goto("/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'Главная'").click()
    page.get_by_role("link", name="Explore child pages of 'Новости'").click()
    page.get_by_role("link", name="Add child page").first.click()
    page.get_by_role("textbox", name="Title*", exact=True).fill(russian_title)
    page.get_by_role("textbox", name="Summary", exact=True).fill(
        "Бесплатные консультации юриста каждую среду."
    )
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()

    page.get_by_role("button", name=f"More options for '{russian_title}'").click()
    page.get_by_role("link", name="Translate").click()
    page.get_by_label(KYRGYZ).check()
    page.get_by_role("button", name="Submit").click()
    translate_field(page, kyrgyz_title)
    translate_field(page, kyrgyz_summary)
    page.get_by_role("button", name=f"Publish in {KYRGYZ}").click()
    page.wait_for_load_state()

    visitor = journey.open(locale="ky-KG")
    visitor.goto("/ky/news/")
    visitor.get_by_role("link", name=kyrgyz_title).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(kyrgyz_title)
    expect(visitor.get_by_role("main")).to_contain_text(kyrgyz_summary)
    assert visitor.url.startswith(f"{journey.site.url}/ky/news/")


STORY_TEXT = (
    "The role-plays gave me the words I was missing at the village council. "
    "A week later I spoke there about the clinic, and the council listened."
)
PRIVATE_TEXT = "Please give us more time to practise, and the handouts in Kyrgyz."


def give_feedback(page, mailbox, email, text, consent):
    """Open the link from the email after the training and send a rating, a few words and a choice."""
    page.goto(mailbox.link_to(email, "/feedback/"))
    page.get_by_label(ui("4 — good", "en")).check()
    page.get_by_label(exactly(ui("Your feedback", "en"))).fill(text)
    page.get_by_label(ui(consent, "en")).check()
    page.get_by_role("button", name=ui("Send my feedback", "en")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ui("Thank you for your feedback", "en"))


def open_feedback_to_review(page):
    """Events › Feedback to review in the admin's sidebar (folded away behind its toggle on a phone)."""
    page.goto("/admin/")
    events = page.get_by_role("button", name=ui("Events", "en"), exact=True)
    if not events.is_visible():
        page.get_by_role("button", name="Toggle sidebar").click()
    events.click()
    page.get_by_role("link", name=ui("Feedback to review", "en")).click()


def open_newest_feedback(page, consent):
    """The newest feedback to review with this choice of publication (the list shows the newest first)."""
    rows = page.get_by_role("row").filter(has_text=ui(consent, "en")).filter(has_text=ui("To review", "en"))
    rows.first.get_by_role("link").first.click()


def test_participants_give_feedback_and_an_editor_publishes_the_consented_one_as_a_story(journey, screen):
    givers, mailbox = FEEDBACK_GIVERS[screen], journey.site.mailbox
    private = journey.open(locale="en")
    give_feedback(private, mailbox, feedback_giver_email(screen, "private"), PRIVATE_TEXT, "Don't publish it")
    expect(private.get_by_role("main")).to_contain_text(
        ui("We have received it. As you asked, it will not be published: only our team will read it.", "en")
    )
    author = journey.open(locale="en")
    give_feedback(
        author, mailbox, feedback_giver_email(screen, "story"), STORY_TEXT, "Publish it with my name"
    )

    editor = journey.open(locale="en")
    log_in(editor, journey.site.editor("feedback", screen))
    open_feedback_to_review(editor)
    open_newest_feedback(editor, "Don't publish it")
    expect(editor.get_by_role("main")).to_contain_text(PRIVATE_TEXT)
    editor.get_by_role("button", name="Actions").click()
    expect(editor.get_by_role("link", name=ui("Archive", "en"))).to_be_visible()
    expect(editor.get_by_role("link", name=ui("Turn into a story", "en"))).to_have_count(0)

    open_feedback_to_review(editor)
    open_newest_feedback(editor, "Publish it with my name")
    expect(editor.get_by_role("main")).to_contain_text(STORY_TEXT)
    editor.get_by_role("button", name="Actions").click()
    editor.get_by_role("link", name=ui("Turn into a story", "en")).click()
    editor.get_by_role("button", name=ui("Make a draft story", "en")).click()
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish").click()
    editor.wait_for_load_state()

    visitor = journey.open(locale="en")
    visitor.goto("/en/stories/")
    story = visitor.get_by_role("listitem").filter(has_text=f"— {givers['story']},")
    expect(story.get_by_role("blockquote")).to_have_text(STORY_TEXT.split(". ")[0] + ".")
    story.get_by_role("link", name=ui("Read the story", "en")).click()
    expect(visitor.get_by_role("main")).to_contain_text("the council listened")
