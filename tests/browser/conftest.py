"""Browser tests: Playwright driving the system's Chromium.

Two kinds of site are driven:

- `page_for` (with `live_server`): pytest-django's live server over the test database, for small tests
  that build their own pages with factories and roll back after each test.
- `demo_site` (journeys and accessibility): the real site as a separate gunicorn process, on a free
  loopback port, over a database of its own holding the demo content (`manage.py load_demo`). That
  database is made once per test session (migrate and load_demo take about a minute) and is never
  rolled back, so each journey brings its own people and names (see `prepare_site`). A separate
  process rather than `live_server` because the live server shares the test database, which other
  tests in the same process flush; and a real process serves the pages as production does (DEBUG off,
  static files through WhiteNoise). The site's settings (`site_settings`) are the test settings with
  mail written to files, so a journey can open the link in a message; Celery tasks run eagerly.
  The tests using it are grouped on one xdist worker (`xdist_group("demo_site")`, run with
  `--dist loadgroup`); without the grouping each worker would build its own copy.

Every page a test opens on the demo site is watched for Content-Security-Policy violations; the test fails
with their list (see `journeys.Browsing`). Only the accessibility test, which injects axe-core, may bypass the
policy. A failing test that opened pages saves a full-page screenshot of each under var/test-screenshots/.
"""

import os
import shutil

import pytest
from django.db import connections

from tests.browser.demo_site import DemoSite
from tests.browser.journeys import Browsing, deliver_pending_reports, watch_csp_violations

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


def missing_tool(reason):
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(f"{reason} (REQUIRE_SERVICES=1)")
    pytest.skip(reason)


def require_chromium():
    if CHROMIUM is None:
        missing_tool("Chromium is not installed")


@pytest.fixture
def browser():
    """A browser per test: while Playwright runs, Django sees an event loop and keeps its connections per
    context, so it must stop before the test database is flushed and restored for the next test. The
    connections a test opened meanwhile are closed first: they belong to that context, which Django's own
    teardown no longer sees, and an open one keeps the test database from being dropped."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
        connections.close_all()


@pytest.fixture
def csp_violations():
    """Content-Security-Policy violations seen by the pages of `page_for`: the browser's
    `securitypolicyviolation` events and its console errors naming the policy. A journey that expects one
    (to show the policy works) clears the list after asserting it."""
    return []


@pytest.fixture
def page_for(browser, live_server, csp_violations):
    """Open a fresh browser context speaking the given language; yields a function making pages.

    Every journey ends with a check that no page broke the Content-Security-Policy.
    """
    contexts = []

    def open_page(locale="ru"):
        context = browser.new_context(locale=locale, base_url=live_server.url)
        watch_csp_violations(context, csp_violations)
        contexts.append(context)
        return context.new_page()

    yield open_page
    deliver_pending_reports([page for context in contexts for page in context.pages])
    for context in contexts:
        context.close()
    assert csp_violations == [], "the pages broke the Content-Security-Policy"


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """The demo site in its own process, prepared once per session (per xdist worker that needs it)."""
    require_chromium()
    site = DemoSite(tmp_path_factory.mktemp("demo-site"), os.environ.get("PYTEST_XDIST_WORKER", "master"))
    try:
        site.start()
        yield site
    finally:
        site.stop()
        site.drop_database()


@pytest.fixture(params=["desktop", "phone"])
def screen(request):
    """Every journey runs twice: on a desktop screen and on a 360×740 phone."""
    return request.param


@pytest.fixture
def journey(browser, demo_site, screen):
    """Pages on the demo site for one journey, on one screen size; the journey fails if a page overflowed."""
    browsing = Browsing(browser, demo_site, screen)
    yield browsing
    browsing.close()


@pytest.fixture
def demo_browsing(browser, demo_site):
    """Pages on the demo site on a desktop screen, for tests that are not journeys (and may inject scripts)."""
    browsing = Browsing(browser, demo_site, may_bypass_csp=True)
    yield browsing
    browsing.close()


def browsings_of(item):
    return [value for value in getattr(item, "funcargs", {}).values() if isinstance(value, Browsing)]


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem):
    """After a test's last step on the demo site: no page broke the Content-Security-Policy, and every page
    a journey loaded fitted the screen's width."""
    result = yield
    for browsing in browsings_of(pyfuncitem):
        browsing.assert_no_csp_violations()
    journey = pyfuncitem.funcargs.get("journey")
    if isinstance(journey, Browsing):
        journey.assert_pages_fit_the_screen()
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        name = item.nodeid.split("::", 1)[-1].replace("/", "_").replace("::", "-")
        paths = [path for browsing in browsings_of(item) for path in browsing.save_screenshots(name)]
        if paths:
            report.sections.append(("Screenshots", "\n".join(str(path) for path in paths)))
    return report
