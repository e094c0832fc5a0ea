"""Journey 2: a new learner signs up, verifies the address, takes the free course and gets a certificate."""

import re
import uuid

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.demo_site import Account
from tests.browser.journeys import exactly, fill_login_form, ui

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]

COURSE = "Documenting human-rights violations"
# What the lessons of the demo's free course teach, as the learner answers each module's quiz.
ANSWERS = {
    "What to record and how": [
        "The date, time and place",
        "No one: you keep the originals and hand over copies",
    ],
    "Safety and consent": [
        "Whether they agree to the case being recorded",
        "Whether and how the case may be used in reports",
        "In a group chat",
    ],
}


def progress(page):
    return int(page.get_by_role("progressbar", name=ui("Course progress", "en")).get_attribute("value"))


def sign_up(page, email, password):
    page.goto("/en/")
    page.get_by_role("link", name=ui("Sign up", "en"), exact=True).click()
    page.get_by_label(exactly(ui("Email", "en"))).fill(email)
    page.get_by_label(exactly(ui("Password", "en"))).fill(password)
    page.get_by_label(exactly(ui("Password (again)", "en"))).fill(password)
    page.get_by_role("button", name=exactly(ui("Sign Up", "en"))).click()


def do_every_lesson_of(page, module):
    page.get_by_role("link", name=module, exact=True).click()
    module_url = page.url
    lessons = page.get_by_role("main").get_by_role("listitem").get_by_role("link")
    for index in range(lessons.count()):
        lessons.nth(index).click()
        page.get_by_role("button", name=ui("Mark as done", "en")).click()
        page.goto(module_url)


def pass_quiz(page, module):
    for answer in ANSWERS[module]:
        page.get_by_label(answer).check()
    page.get_by_role("button", name=ui("Submit my answers", "en")).click()
    expect(page.get_by_text(ui("Passed", "en"), exact=True)).to_be_visible()


def test_a_new_learner_verifies_the_address_takes_the_free_course_and_gets_a_certificate(journey, tmp_path):
    email = f"learner-{uuid.uuid4().hex[:8]}@journeys.example"
    password = "Seven-mountains-of-Osh"
    page = journey.open(locale="en")
    sign_up(page, email, password)
    expect(
        page.get_by_role("heading", name=re.compile(ui("Verify Your Email Address", "en")))
    ).to_be_visible()

    page.goto(journey.site.mailbox.link_to(email, "/accounts/confirm-email/"))
    page.get_by_role("button", name=ui("Confirm", "en")).click()

    page.goto("/en/courses/")
    page.get_by_role("link", name=COURSE).first.click()
    page.get_by_role("link", name=ui("Log in to enrol (free)", "en")).click()
    fill_login_form(page, Account(email, password))
    page.get_by_role("button", name=ui("Enrol for free", "en")).click()
    assert progress(page) == 0

    for module in ANSWERS:
        page.goto("/en/courses/")
        page.get_by_role("link", name=COURSE).first.click()
        before = progress(page)
        do_every_lesson_of(page, module)
        pass_quiz(page, module)
        page.get_by_role("navigation", name=ui("Breadcrumbs", "en")).get_by_role("link", name=COURSE).click()
        assert progress(page) > before
    assert progress(page) == 100

    with page.expect_download() as download:
        page.get_by_role("link", name=ui("Download my certificate", "en")).click()
    pdf = tmp_path / "certificate.pdf"
    download.value.save_as(pdf)
    text = " ".join(page_.extract_text() for page_ in PdfReader(pdf).pages)
    assert COURSE in text
    code = re.search(r"\b[A-HJ-NP-Z2-9]{10}\b", text).group()

    checker = journey.open(locale="ru-RU")
    checker.goto(f"/certificates/{code}/")
    expect(checker.get_by_role("main")).to_contain_text(COURSE)
