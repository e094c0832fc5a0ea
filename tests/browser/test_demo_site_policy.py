"""The demo site's journeys run under the site's real Content-Security-Policy and see its violations.

No test database here: the demo site has its own, so this test joins the journeys' worker group.
"""

import pytest

from tests.browser.journeys import INJECT_INLINE_SCRIPT, deliver_pending_reports

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]


def test_the_demo_site_journeys_run_under_the_policy_and_see_its_violations(demo_browsing):
    page = demo_browsing.open(locale="en")
    page.goto("/en/")

    blocked = page.evaluate(INJECT_INLINE_SCRIPT)
    deliver_pending_reports([page])

    assert blocked
    assert any(violation.get("directive") == "script-src-elem" for violation in demo_browsing.csp_violations)
    demo_browsing.csp_violations.clear()
