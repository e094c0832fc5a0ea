"""Browser tests: Playwright driving the system's Chromium against the live test server."""

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make here are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def browser():
    """A browser per test: while Playwright runs, Django sees an event loop and keeps its connections per
    context, so it must stop before the test database is flushed and restored for the next test."""
    if CHROMIUM is None:
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail("Chromium is not installed (REQUIRE_SERVICES=1)")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


# Runs in every page before its own scripts; Playwright injects it outside the page's policy.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    page: event.documentURI,
    sample: event.sample,
  });
});
"""


@pytest.fixture
def csp_violations():
    """Content-Security-Policy violations seen by the pages of `page_for`: the browser's
    `securitypolicyviolation` events and its "Refused to ..." console errors. A journey that expects one
    (to show the policy works) clears the list after asserting it."""
    return []


@pytest.fixture
def page_for(browser, live_server, csp_violations):
    """Open a fresh browser context speaking the given language; yields a function making pages.

    Every journey ends with a check that no page broke the Content-Security-Policy.
    """
    contexts = []

    def record_console(message):
        if message.type == "error" and "Content Security Policy" in message.text:
            csp_violations.append({"console": message.text})

    def open_page(locale="ru"):
        context = browser.new_context(locale=locale, base_url=live_server.url)
        context.expose_binding(
            "reportCspViolation", lambda _source, violation: csp_violations.append(violation)
        )
        context.add_init_script(script=REPORT_CSP_VIOLATIONS)
        contexts.append(context)
        page = context.new_page()
        page.on("console", record_console)
        return page

    yield open_page
    for context in contexts:
        for page in context.pages:
            # A round trip, so that reports the page sent before it are delivered.
            page.evaluate("() => new Promise((resolve) => setTimeout(resolve, 0))")
        context.close()
    assert csp_violations == [], "the pages broke the Content-Security-Policy"
