"""Journey 6: an editor writes a news item in the Wagtail admin, previews and publishes it and sends it for
translation; a translator (an editor who may not publish) translates it into Kyrgyz and English and submits each
translation for moderation; a moderator approves them from the dashboard, and visitors read it in all three
languages. Then participants of a past training give feedback, and the editor turns the one they may publish
into a story."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import exactly, log_in, ui
from tests.browser.prepare_site import FEEDBACK_GIVERS, feedback_giver_email

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]

# The admin speaks English to these editors; its words are Wagtail's and wagtail-localize's own.
LANGUAGES = {"ky": "Кыргызча", "en": "English"}


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


def preview(page, title):
    """Open the editor's preview panel, see the page in it, and close the panel again."""
    toggle = page.get_by_role("button", name="Toggle preview")
    toggle.click()
    frame = page.frame_locator("iframe[title='Preview']").last
    expect(frame.get_by_role("heading", level=1)).to_have_text(title)
    toggle.click()


def submit_for_translation(page, listing, title, language):
    """From the explorer listing: the page's "Translate" into one language; returns its translation's editor."""
    page.goto(listing)
    page.get_by_role("button", name=f"More options for '{title}'").click()
    page.get_by_role("link", name=re.compile(r"^Translate")).click()
    page.get_by_label(language).check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url("**/edit/")
    return page.url


def approve(page, title):
    """On the dashboard: approve the page awaiting review, and see the confirmation."""
    page.goto("/admin/")
    row = page.get_by_role("row").filter(has_text=title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(f"The page “{title}” has been approved.")


def test_an_editor_writes_a_news_item_and_it_reaches_visitors_in_three_languages(journey, screen):
    mark = uuid.uuid4().hex[:6]
    titles = {
        "ru": f"Открылась приёмная в Оше {mark}",
        "ky": f"Оштогу кабыл алуу бөлмөсү ачылды {mark}",
        "en": f"A legal help desk opens in Osh {mark}",
    }
    slugs = {"ky": f"oshto-kabyl-aluu-{mark}", "en": f"legal-help-desk-osh-{mark}"}
    summaries = {
        "ky": "Ар шаршемби сайын акысыз юридикалык кеңеш.",
        "en": "Free legal advice every Wednesday.",
    }
    page = journey.open(locale="en")
    log_in(page, journey.site.editor("news", screen))
    page.goto("/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'Главная'").click()
    page.get_by_role("link", name="Explore child pages of 'Новости'").click()
    listing = page.url
    page.get_by_role("link", name="Add child page").first.click()
    page.get_by_role("textbox", name="Title*", exact=True).fill(titles["ru"])
    page.get_by_role("textbox", name="Summary", exact=True).fill(
        "Бесплатные консультации юриста каждую среду."
    )
    preview(page, titles["ru"])
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(listing)
    editors = {
        language: submit_for_translation(page, listing, titles["ru"], LANGUAGES[language])
        for language in ("ky", "en")
    }

    visitor = journey.open(locale="ky-KG")
    visitor.goto("/ru/news/")
    visitor.get_by_role("link", name=titles["ru"]).click()
    russian_address = visitor.url.removeprefix(journey.site.url)
    for language in ("ky", "en"):
        assert visitor.goto(russian_address.replace("/ru/", f"/{language}/", 1)).status == 404

    translator = journey.open(locale="en")
    log_in(translator, journey.site.editor("translator", screen))
    for language in ("ky", "en"):
        translator.goto(editors[language])
        translate_field(translator, titles[language])
        translate_field(translator, summaries[language])
        translator.get_by_role("tab", name="Promote").click()
        translate_field(translator, slugs[language])
        translator.get_by_role("button", name="Submit the translation for moderation").click()
        expect(translator.get_by_role("status")).to_contain_text("has been submitted for moderation")
        assert visitor.goto(f"/{language}/news/{slugs[language]}/").status == 404

    moderator = journey.open(locale="en")
    log_in(moderator, journey.site.editor("moderator", screen))
    approve(moderator, titles["ky"])
    approve(moderator, titles["en"])

    for language in ("ky", "en"):
        visitor.goto(f"/{language}/news/")
        visitor.get_by_role("link", name=titles[language]).click()
        expect(visitor.get_by_role("heading", level=1)).to_have_text(titles[language])
        expect(visitor.get_by_role("main")).to_contain_text(summaries[language])
        assert visitor.url == f"{journey.site.url}/{language}/news/{slugs[language]}/"


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
    """The dashboard's count of the feedback waiting for review leads to the list of it."""
    page.goto("/admin/")
    page.get_by_role("link", name=re.compile(r"feedback responses? waits? for your review")).click()


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
