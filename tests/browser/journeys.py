"""What a journey needs besides the site: pages on a given screen, the site's own words, signing in."""

import functools
import re
import time
from pathlib import Path

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

# Injects an inline script into the open page; resolves true when the policy blocked it.
INJECT_INLINE_SCRIPT = """() => new Promise((resolve) => {
  document.addEventListener("securitypolicyviolation", () => resolve(window.takenOver === undefined));
  const script = document.createElement("script");
  script.textContent = "window.takenOver = true";
  document.body.append(script);
})"""

SCREENS = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 360, "height": 740},
}
SCREENSHOT_DIR = Path(settings.BASE_DIR) / "var" / "test-screenshots"
TOTP_PERIOD = 30
USED_TOTP_CODES = set()
# How long a step may wait for what it looks for (a loaded machine is slow; a wrong locator fails sooner).
ACTION_TIMEOUT_MS = 15_000
# An assertion on a page waits as long: right after a click the browser may still show the page before.
expect.set_options(timeout=ACTION_TIMEOUT_MS)

MEASURE_LAYOUT = (
    "() => ({url: location.href, contentWidth: document.documentElement.scrollWidth,"
    " screenWidth: window.innerWidth})"
)
# Runs in every page of a journey: once the page has loaded, it reports how wide its content is. Only the
# page itself, not a frame in it (the admin's preview panel frames a page at the panel's width).
LAYOUT_PROBE = f"if (window.top === window) window.addEventListener('load', () => window.reportLayout(({MEASURE_LAYOUT})()));"
# Runs in every page (and frame) before its own scripts; Playwright injects it outside the page's policy.
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
CSP_HEADER = "content-security-policy"


@functools.cache
def ui(message, language):
    """The words a visitor sees for one of the site's strings, from the catalogues the site itself uses."""
    with override_settings(LOCALE_PATHS=[Path(settings.BASE_DIR) / "locale"]), translation.override(language):
        return translation.gettext(message)


def totp_code(secret):
    """The authenticator app's current code; like a person, waits for the next one if this one was used
    already in this test session (the site accepts each code once)."""
    while (secret, counter := int(time.time()) // TOTP_PERIOD) in USED_TOTP_CODES:
        time.sleep(1)
    USED_TOTP_CODES.add((secret, counter))
    return format_hotp_value(hotp_value(secret, counter))


def exactly(text):
    """A pattern matching the whole of a name or label (a form label may end with a colon)."""
    return re.compile(rf"^\s*{re.escape(text)}\s*:?\s*$")


def watch_csp_violations(context, violations):
    """Record in `violations` every Content-Security-Policy violation in the context's pages: the browser's
    `securitypolicyviolation` events and its console errors naming the policy."""
    context.expose_binding("reportCspViolation", lambda _source, violation: violations.append(violation))
    context.add_init_script(script=REPORT_CSP_VIOLATIONS)
    context.on("console", lambda message: record_csp_refusal(message, violations))


def record_csp_refusal(message, violations):
    if message.type == "error" and "Content Security Policy" in message.text:
        violations.append({"console": message.text, "page": message.page.url if message.page else ""})


def deliver_pending_reports(pages):
    """A round trip to each page, so that the reports it sent before it are delivered."""
    for page in pages:
        if not page.is_closed():
            page.evaluate("() => new Promise((resolve) => setTimeout(resolve, 0))")


class Browsing:
    """Browser contexts opened for one test; saves a screenshot of each open page when the test fails.

    Every page is watched for Content-Security-Policy violations, and every HTML page must carry a policy
    (else there is nothing to break). Only a test that may inject scripts (`may_bypass_csp`) opens pages
    with `bypass_csp`; those pages are not watched.
    """

    def __init__(self, browser, site, screen="desktop", may_bypass_csp=False):
        self.browser = browser
        self.site = site
        self.screen = screen
        self.may_bypass_csp = may_bypass_csp
        self.contexts = []
        self.layouts = []
        self.csp_violations = []
        self.pages_without_policy = []

    def open(self, locale="en", **options):
        """A new page in a fresh context (no cookies) speaking `locale`, on this journey's screen."""
        bypass_csp = options.get("bypass_csp", False)
        if bypass_csp and not self.may_bypass_csp:
            raise ValueError("A journey must run under the site's Content-Security-Policy")
        context = self.browser.new_context(
            base_url=self.site.url,
            locale=locale,
            viewport=SCREENS[self.screen],
            accept_downloads=True,
            **options,
        )
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        context.expose_function("reportLayout", self.record_layout)
        context.add_init_script(script=LAYOUT_PROBE)
        if not bypass_csp:
            watch_csp_violations(context, self.csp_violations)
            context.on("response", self.check_policy_header)
        self.contexts.append(context)
        return context.new_page()

    def record_layout(self, layout):
        self.layouts.append(layout)

    def check_policy_header(self, response):
        """Note an HTML document the site served without a Content-Security-Policy header."""
        headers = response.headers
        if (
            response.request.resource_type == "document"
            and headers.get("content-type", "").startswith("text/html")
            and CSP_HEADER not in headers
        ):
            self.pages_without_policy.append(response.url)

    def assert_no_csp_violations(self):
        deliver_pending_reports(self.pages())
        assert not self.pages_without_policy, "Pages served without a Content-Security-Policy: " + ", ".join(
            self.pages_without_policy
        )
        assert not self.csp_violations, "The pages broke the Content-Security-Policy:\n" + "\n".join(
            str(violation) for violation in self.csp_violations
        )

    def overflowing(self):
        """Pages that were wider than the screen, so a visitor had to scroll sideways."""
        return [layout for layout in self.layouts if layout["contentWidth"] > layout["screenWidth"]]

    def assert_pages_fit_the_screen(self):
        for page in self.pages():
            self.layouts.append(page.evaluate(MEASURE_LAYOUT))
        overflowing = {layout["url"]: layout["contentWidth"] for layout in self.overflowing()}
        assert not overflowing, (
            f"Wider than the {self.screen} screen ({SCREENS[self.screen]['width']} px): "
            + ", ".join(f"{url} ({width} px)" for url, width in overflowing.items())
        )

    def pages(self):
        return [page for context in self.contexts for page in context.pages if not page.is_closed()]

    def save_screenshots(self, name):
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        paths = []
        for number, page in enumerate(self.pages(), start=1):
            path = SCREENSHOT_DIR / f"{name}-{number}.png"
            try:
                page.screenshot(path=path, full_page=True)
            except PlaywrightError:  # a page that hangs must not hide the failure being reported
                continue
            paths.append(path)
        return paths

    def close(self):
        for context in self.contexts:
            context.close()


def log_in(page, account, language="en"):
    """Sign in from the login page."""
    page.goto(f"/{language}/accounts/login/")
    fill_login_form(page, account, language)


def fill_login_form(page, account, language="en"):
    """Sign in on the login form in front of us, with the authenticator code when the account has one."""
    page.get_by_label(exactly(ui("Email", language))).fill(account.email)
    page.get_by_label(exactly(ui("Password", language))).fill(account.password)
    page.get_by_role("button", name=ui("Sign In", language)).click()
    if account.totp_secret:
        page.get_by_label(exactly(ui("Code", language))).fill(totp_code(account.totp_secret))
        page.get_by_role("button", name=ui("Sign In", language)).click()
    page.wait_for_load_state()
