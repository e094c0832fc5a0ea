"""Journey 3: a learner buys the CBPR course, with a voucher on the second attempt, and gets the receipt."""

import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.demo_site import Account
from tests.browser.journeys import exactly, log_in, ui
from tests.browser.prepare_site import VOUCHER_CODE

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]

COURSE = "Community-based participatory research (CBPR)"
OPEN_MODULE = "What community-based participatory research is"
LOCKED_MODULE = "Research questions and design"


def pay_with_the_test_provider(page, outcome):
    """The test provider's own form: it lets the payer decide how the payment ends."""
    page.get_by_label(exactly("Status")).select_option(label=outcome)
    page.get_by_role("button", name=ui("Pay", "en"), exact=True).click()


def test_a_learner_buys_the_cbpr_course_with_a_voucher_on_the_second_attempt(journey, screen, tmp_path):
    page = journey.open(locale="en")
    log_in(page, Account(f"buyer-{screen}@journeys.example"))
    page.goto("/en/courses/")
    page.get_by_role("link", name=COURSE).click()
    buy = ui("Buy the course — %(price)s %(currency)s", "en") % {"price": "75.00", "currency": "EUR"}
    page.get_by_role("link", name=buy).click()

    page.get_by_label(ui("Test payment (no money is taken)", "en")).check()
    page.get_by_role("button", name=ui("Continue to payment", "en")).click()
    expect(page.get_by_role("main")).to_contain_text("75.00 EUR")
    pay_with_the_test_provider(page, "Rejected")
    failed = ui("Your payment did not go through. You can try again; no second order is created.", "en")
    expect(page.get_by_text(failed)).to_be_visible()

    page.get_by_role("link", name=ui("Try again", "en")).click()
    page.get_by_label(exactly(ui("Voucher code", "en"))).fill(VOUCHER_CODE.lower())
    page.get_by_role("button", name=ui("Apply voucher", "en")).click()
    expect(page.get_by_role("main")).to_contain_text("37.50 EUR")
    page.get_by_label(ui("Test payment (no money is taken)", "en")).check()
    page.get_by_role("button", name=ui("Continue to payment", "en")).click()
    pay_with_the_test_provider(page, "Confirmed")

    with page.expect_download() as download:
        receipt_link = ui("Download receipt %(number)s (PDF)", "en").split("%(number)s")[0]
        page.get_by_role("link", name=re.compile(re.escape(receipt_link))).click()
    receipt = tmp_path / "receipt.pdf"
    download.value.save_as(receipt)
    receipt_text = " ".join(pdf_page.extract_text() for pdf_page in PdfReader(receipt).pages)
    assert "37.50" in receipt_text and "EUR" in receipt_text

    page.get_by_role("link", name=ui("Go to the course", "en")).click()
    modules = page.get_by_role("region", name=ui("Modules", "en"))
    expect(modules.get_by_role("link", name=OPEN_MODULE)).to_be_visible()
    expect(modules.get_by_role("link", name=LOCKED_MODULE)).to_have_count(0)
    modules.get_by_role("link", name=OPEN_MODULE).click()
    page.get_by_role("main").get_by_role("listitem").get_by_role("link").first.click()
    expect(page.get_by_role("button", name=ui("Mark as done", "en"))).to_be_visible()

    page.goto("/en/courses/cbpr/research-questions-and-design/")
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE)
