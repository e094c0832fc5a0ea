"""What a journey needs besides the site: pages on a given screen, the site's own words, signing in."""

import functools
import re
import time
from pathlib import Path

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.test import override_settings
from django.utils import translation

SCREENS = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 360, "height": 740},
}
SCREENSHOT_DIR = Path(settings.BASE_DIR) / "var" / "test-screenshots"
TOTP_PERIOD = 30
USED_TOTP_CODES = set()
# How long a step may wait for what it looks for (a loaded machine is slow; a wrong locator fails sooner).
ACTION_TIMEOUT_MS = 15_000

MEASURE_LAYOUT = (
    "() => ({url: location.href, contentWidth: document.documentElement.scrollWidth,"
    " screenWidth: window.innerWidth})"
)
# Runs in every page of a journey: once the page has loaded, it reports how wide its content is.
LAYOUT_PROBE = f"window.addEventListener('load', () => window.reportLayout(({MEASURE_LAYOUT})()));"


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


class Browsing:
    """Browser contexts opened for one test; saves a screenshot of each open page when the test fails."""

    def __init__(self, browser, site, screen="desktop"):
        self.browser = browser
        self.site = site
        self.screen = screen
        self.contexts = []
        self.layouts = []

    def open(self, locale="en", **options):
        """A new page in a fresh context (no cookies) speaking `locale`, on this journey's screen."""
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
        self.contexts.append(context)
        return context.new_page()

    def record_layout(self, layout):
        self.layouts.append(layout)

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
            page.screenshot(path=path, full_page=True)
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
