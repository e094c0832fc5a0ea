"""Every report page: quick exit, never cached, no referrer, nothing from another site."""

import re

import pytest
from django.conf import settings

from ..helpers import follow_up_url, receipt_code, report_url, send_report

pytestmark = pytest.mark.django_db

QUICK_EXIT = re.compile(
    r'<a class="quick-exit__button" href="([^"]+)" rel="noreferrer noopener" data-quick-exit>'
)


def report_pages(client):
    """Each page a reporter sees, with its response."""
    code = receipt_code(receipt := send_report(client))
    client.cookies.clear()
    wrong = client.post(follow_up_url(), {"action": "open", "code": "ZZZZ-ZZZZ-ZZZZ-ZZZZ"})
    client.post(follow_up_url(), {"action": "open", "code": code})
    return {
        "form": client.get(report_url("ky")),
        "form with errors": client.post(report_url(), {"narrative": ""}),
        "receipt": receipt,
        "code form": client.__class__().get(follow_up_url("en")),
        "wrong code": wrong,
        "case": client.get(follow_up_url()),
    }


def test_every_report_page_has_a_quick_exit_that_works_as_a_plain_link(client):
    for name, response in report_pages(client).items():
        html = response.content.decode()
        link = QUICK_EXIT.search(html)
        assert link, name
        assert link[1] == settings.CASES_QUICK_EXIT_URL
        assert html.index("quick-exit") < html.index("<h1"), name


def test_the_quick_exit_script_replaces_the_page_and_is_allowed_by_the_policy(client):
    response = client.get(report_url())
    html = response.content.decode()
    script = re.search(r'<script src="(/static/cases/quick-exit\.js)" defer></script>', html)

    assert script
    assert "script-src 'self'" in response["Content-Security-Policy"]
    source = (settings.BASE_DIR / "cases" / "static" / "cases" / "quick-exit.js").read_text()
    assert "location.replace(" in source and "[data-quick-exit]" in source


def test_no_report_page_is_stored_by_any_cache_or_tells_another_site_where_it_came_from(client):
    """`same-origin`: other sites get no referrer; the page's own form posts keep their Origin (CSRF)."""
    for name, response in report_pages(client).items():
        cache_control = response["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control, name
        assert response["Referrer-Policy"] == "same-origin", name
        assert "noindex" in response["X-Robots-Tag"], name


def test_no_report_page_asks_another_site_for_anything(client):
    for name, response in report_pages(client).items():
        html = response.content.decode()
        sources = re.findall(
            r'<(?:script|link|img|iframe|source|audio|video)[^>]+(?:src|href)="([^"]+)"', html
        )
        assert sources, name
        same_site = [source.removeprefix("http://testserver") for source in sources]
        assert all(source.startswith("/") and not source.startswith("//") for source in same_site), (
            name,
            sources,
        )


def test_the_site_s_page_cache_never_keeps_a_report_page(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    first = client.__class__().get(report_url())
    second = client.__class__().get(report_url())

    token = re.compile(r'name="submission" value="([^"]+)"')
    assert token.search(first.content.decode())[1] != token.search(second.content.decode())[1]


@pytest.mark.parametrize("path", [report_url(), follow_up_url()])
def test_a_post_from_another_site_without_the_form_s_token_is_refused(path):
    from django.test import Client

    from cases.models import Case

    other_site = Client(enforce_csrf_checks=True)

    response = other_site.post(
        path, {"narrative": "подделка", "consent": "help_only", "action": "open", "code": "x"}
    )

    assert response.status_code == 403
    assert Case.objects.count() == 0
