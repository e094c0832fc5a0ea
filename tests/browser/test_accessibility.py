"""axe-core on the pages people use most, in each language: no serious or critical violation, right `lang`.

Moderate and minor findings are printed (see them with `pytest -rP`). axe-core comes from npm
(package.json at the project root; `make test` runs `npm ci`).
"""

from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.conftest import missing_tool
from tests.browser.journeys import log_in, ui

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}
PUBLIC_PAGES = {
    "home": "/{language}/",
    "news index": "/{language}/news/",
    "article": "/{language}/articles/what-sogi-means/",
    "legal help with the monitoring figures": "/{language}/legal-help/",
    "course catalogue": "/{language}/courses/",
    "course page": "/{language}/courses/documenting-violations/",
    "event page": "/{language}/events/human-rights-day-osh/",
    "sign-up form": "/{language}/accounts/signup/",
    "login form": "/{language}/accounts/login/",
}
LEARNER_PAGES = {
    "lesson": "/{language}/courses/documenting-violations/what-to-record/facts/",
    "quiz": "/{language}/courses/documenting-violations/what-to-record/#quiz",
    "learner dashboard": "/{language}/learning/",
}
COHORT = "ToT для правозащитниц — Ош"


@dataclass(frozen=True)
class Finding:
    page: str
    url: str
    rule: str
    impact: str
    target: str
    help: str

    def __str__(self):
        return f"{self.impact:<8} {self.rule:<28} {self.target}  ({self.page}: {self.url}) {self.help}"


@pytest.fixture(scope="session")
def axe():
    if not AXE.exists():
        missing_tool("axe-core is not installed (run `npm ci` in the project root)")
    return AXE


class Audit:
    """Runs axe on each page it is shown and notes any page whose `lang` is not the expected language."""

    def __init__(self, language):
        self.language = language
        self.findings = []
        self.wrong_languages = []

    def check(self, page, name):
        lang = page.locator("html").get_attribute("lang")
        if lang != self.language:
            self.wrong_languages.append(f"{name} ({page.url}): lang={lang!r}")
        page.add_script_tag(path=AXE)
        results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        self.findings += [
            Finding(
                name,
                page.url,
                violation["id"],
                violation["impact"],
                " ".join(node["target"]),
                violation["help"],
            )
            for violation in results["violations"]
            for node in violation["nodes"]
        ]

    def visit(self, page, name, path):
        page.goto(path.format(language=self.language))
        self.check(page, name)


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_pages_have_no_serious_accessibility_violations_and_speak_their_language(
    demo_browsing, axe, language
):
    audit = Audit(language)
    # Playwright adds axe as a script element: the site's Content-Security-Policy would refuse it.
    visitor = demo_browsing.open(locale=language, bypass_csp=True)
    for name, path in PUBLIC_PAGES.items():
        audit.visit(visitor, name, path)

    learner = demo_browsing.open(locale=language, bypass_csp=True)
    log_in(learner, demo_browsing.site.accounts["learner"], language)
    for name, path in LEARNER_PAGES.items():
        audit.visit(learner, name, path)

    trainer = demo_browsing.open(locale=language, bypass_csp=True)
    log_in(trainer, demo_browsing.site.accounts["trainer"], language)
    trainer.goto(f"/{language}/learning/")
    trainer.get_by_role("link", name=ui("My cohorts", language)).click()
    trainer.get_by_role("link", name=COHORT).click()
    expect(trainer.get_by_role("heading", level=1)).to_contain_text(COHORT)
    audit.check(trainer, "trainer cohort page")
    trainer.get_by_role("link", name=ui("Mark attendance", language)).first.click()
    expect(trainer.get_by_role("button", name=ui("Save attendance", language))).to_be_visible()
    audit.check(trainer, "trainer attendance page")
    trainer.get_by_role("navigation", name=ui("My work", language)).get_by_role(
        "link", name=ui("My events", language)
    ).click()
    expect(trainer.get_by_role("heading", level=1)).to_have_text(ui("My events", language))
    audit.check(trainer, "organiser event list")

    blocking = [str(finding) for finding in audit.findings if finding.impact in BLOCKING]
    for finding in audit.findings:
        if finding.impact not in BLOCKING:
            print(finding)
    assert not audit.wrong_languages, "Pages with a wrong lang attribute:\n" + "\n".join(
        audit.wrong_languages
    )
    assert not blocking, f"Serious or critical accessibility violations in {language}:\n" + "\n".join(
        blocking
    )
