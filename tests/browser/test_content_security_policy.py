"""The Content-Security-Policy in a real browser: it blocks injected script on public pages, and the site and
the Wagtail admin (under its own policy) work without breaking it. The `page_for` fixture, and the harness
of the demo site's journeys, fail any test whose pages report a violation."""

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.browser.journeys import INJECT_INLINE_SCRIPT
from tests.website.accounts.conftest import totp_code
from tests.website.site_tree import build_site_tree
from website.accounts.factories import PASSWORD, StaffFactory
from website.accounts.services import activate_totp_for
from website.standard.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def legal_help():
    tree = build_site_tree()
    return StandardPageFactory(parent=tree.homes["ru"], title="Юридическая помощь", slug="legal-help")


def test_an_injected_inline_script_is_blocked_and_reported(legal_help, page_for, csp_violations):
    page = page_for()
    page.goto(legal_help.url)

    blocked = page.evaluate(INJECT_INLINE_SCRIPT)

    assert blocked
    assert any(violation.get("directive") == "script-src-elem" for violation in csp_violations)
    csp_violations.clear()


def sign_in_with_second_factor(page, email, secret):
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form[action$='/accounts/login/'] button[type=submit]").click()
    page.wait_for_url("**/accounts/2fa/authenticate/")
    page.fill("input[name=code]", totp_code(secret))
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()


def test_an_editor_works_in_the_admin_and_sees_the_userbar_without_violations(legal_help, page_for):
    staff = StaffFactory(email="editor@example.org", preferred_language="en")
    secret, _codes = activate_totp_for(staff)
    page = page_for(locale="en")
    sign_in_with_second_factor(page, staff.email, secret)

    page.goto("/admin/")
    page.wait_for_load_state("networkidle")
    # The sidebar menu is drawn by the admin's scripts: it is there only if they ran.
    expect(page.get_by_role("button", name="Learning")).to_be_visible()
    page.goto(f"/admin/pages/{legal_help.pk}/edit/")
    page.wait_for_load_state("networkidle")
    expect(page.locator("input[name=title]")).to_have_value("Юридическая помощь")

    page.goto(legal_help.url)
    page.wait_for_load_state("networkidle")
    expect(page.locator("wagtail-userbar")).to_have_count(1)


def test_an_uploaded_html_document_downloads_instead_of_running(legal_help, page_for, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    document = get_document_model()(title="Report", collection=Collection.get_first_root_node())
    document.file.save("report.html", ContentFile(b"<script>document.title = 'taken over'</script>"))
    page = page_for()
    page.goto(legal_help.url)
    title = page.title()

    with page.expect_download() as download:
        page.evaluate("(url) => { window.location.href = url }", document.url)

    assert download.value.suggested_filename == document.filename
    assert page.title() == title
