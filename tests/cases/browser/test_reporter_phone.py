"""The reporter on a 360×740 phone in Kyrgyz: report, write down the code, read the lawyer's reply with it.

The quick exit leaves no report page in the back history with JavaScript, and is a plain link without it.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from playwright.sync_api import expect

from cases.models import Case, CaseMessage, Organisation
from tests.browser.conftest import browser, csp_violations, missing_tool, page_for  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WEATHER = "<html lang='en'><title>Weather</title><h1>Weather today</h1></html>"


@pytest.fixture(autouse=True)
def kyrgyz_site(locales):
    """The site's three locales, the organisation taking unmapped cases (a transactional test starts from an
    emptied database) and the Kyrgyz catalogue (the test settings use the source strings)."""
    Organisation.objects.get_or_create(slug="network", defaults={"name": "Birge network", "is_default": True})
    call_command("compilemessages", locale=["ky"], verbosity=0)
    with override_settings(LOCALE_PATHS=[Path(settings.BASE_DIR) / "locale"]):
        yield


def serve_weather(page, seen_headers):
    """The neutral site answered here (the test asks nothing of the internet); its request headers are kept."""

    def fulfil(route):
        seen_headers.append(route.request.headers)
        route.fulfill(body=WEATHER, content_type="text/html")

    page.route(re.compile(r"^https://www\.gismeteo\.ru/.*"), fulfil)


def phone(page_for, seen_headers=None):  # noqa: F811 - the fixture, passed on
    page = page_for(locale="ky")
    page.set_viewport_size(PHONE)
    serve_weather(page, [] if seen_headers is None else seen_headers)
    return page


def fits_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_report_in_kyrgyz_and_the_reply_read_with_the_receipt_code(page_for):  # noqa: F811
    page = phone(page_for)
    page.goto("/ky/report/")
    assert fits_the_screen(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Укук бузуу тууралуу кабарлоо же укуктук жардам суроо"
    )

    page.get_by_label("Эмне болду?").fill("Ошто милиция мени кармап, телефонумду тартып алды.")
    page.get_by_label("Облус").select_option("osh_city")
    page.get_by_role("button", name="Кайрылууну жөнөтүү").click()

    code = page.locator("#receipt-code").inner_text()
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code)
    assert fits_the_screen(page)
    case = Case.objects.get()
    assert case.language == "ky"
    CaseMessage.objects.create(case=case, from_reporter=False, text="Саламатсызбы! Юрист эртең чалат.")

    reader = phone(page_for)
    reader.goto("/ky/report/follow-up/")
    reader.get_by_label("Сиздин квитанция кодуңуз").fill(code.lower())
    reader.get_by_role("button", name="Кайрылуумду ачуу").click()

    expect(reader.get_by_text("Саламатсызбы! Юрист эртең чалат.")).to_be_visible()
    assert "code" not in reader.url.lower() and code not in reader.url
    assert fits_the_screen(reader)


def test_the_quick_exit_leaves_no_report_page_in_the_back_history_and_tells_the_weather_site_nothing(
    page_for,  # noqa: F811
):
    seen_headers = []
    page = phone(page_for, seen_headers)
    page.goto("/ky/report/follow-up/")
    page.goto("/ky/report/")

    page.get_by_role("link", name="Тез чыгуу").click()

    expect(page.get_by_role("heading", name="Weather today")).to_be_visible()
    assert seen_headers and not any("referer" in headers for headers in seen_headers)
    page.go_back()
    assert not page.url.endswith("/ky/report/")


def test_without_javascript_the_quick_exit_is_a_plain_link_that_still_leaves(browser, live_server):  # noqa: F811
    context = browser.new_context(locale="ky", base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    serve_weather(page, [])
    page.goto("/ky/report/")

    page.get_by_role("link", name="Тез чыгуу").click()

    expect(page.get_by_role("heading", name="Weather today")).to_be_visible()
    context.close()


def test_the_report_pages_have_no_serious_accessibility_violations(browser, live_server):  # noqa: F811
    if not AXE.exists():
        missing_tool("axe-core is not installed (run `npm ci` in the project root)")
    context = browser.new_context(locale="ky", base_url=live_server.url, bypass_csp=True)
    page = context.new_page()
    page.set_viewport_size(PHONE)
    found = []
    for path in ("/ky/report/", "/ky/report/follow-up/"):
        page.goto(path)
        if path == "/ky/report/":
            page.get_by_role("button", name="Кайрылууну жөнөтүү").click()  # the form with its errors
        page.add_script_tag(path=AXE)
        results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        found += [
            f"{path}: {violation['id']} {node['target']}"
            for violation in results["violations"]
            if violation["impact"] in ("serious", "critical")
            for node in violation["nodes"]
        ]
    context.close()
    assert found == []
