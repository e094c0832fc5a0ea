"""The whole exchange: a report on a 360×740 phone in Kyrgyz, the case worker's reply in the admin, and the
reporter reading it with the receipt code. The admin pages keep the Content-Security-Policy too."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings
from playwright.sync_api import expect

from cases.models import Case, CaseMessage, CaseWorker, Organisation
from tests.browser.conftest import browser, csp_violations, page_for  # noqa: F401 - fixtures
from tests.events.feedback_helpers import staff_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
REPLY = "Саламатсызбы! Юрист эртең саат 10до чалат."


@pytest.fixture(autouse=True)
def kyrgyz_site(locales):
    Organisation.objects.get_or_create(slug="network", defaults={"name": "Birge network", "is_default": True})
    call_command("compilemessages", locale=["ky", "ru"], verbosity=0)
    with override_settings(LOCALE_PATHS=[Path(settings.BASE_DIR) / "locale"]):
        yield


def phone(page_for, locale="ky"):  # noqa: F811 - the fixture, passed on
    page = page_for(locale=locale)
    page.set_viewport_size(PHONE)
    return page


def signed_in(page, user, live_server):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    return page


def test_the_case_worker_replies_in_the_admin_and_the_reporter_reads_it_with_the_code(page_for, live_server):  # noqa: F811
    worker = staff_member("Case workers")
    CaseWorker.objects.create(user=worker, organisation=Organisation.objects.get(slug="network"))

    reporter = phone(page_for)
    reporter.goto("/ky/report/")
    reporter.get_by_label("Эмне болду?").fill("Ошто милиция мени кармап, телефонумду тартып алды.")
    reporter.get_by_label("Облус").select_option("osh_city")
    reporter.get_by_role("button", name="Кайрылууну жөнөтүү").click()
    code = reporter.locator("#receipt-code").inner_text()
    case = Case.objects.get()

    admin = signed_in(phone(page_for, "ru"), worker, live_server)
    admin.goto("/admin/cases/")
    admin.get_by_role("link", name=f"Обращение {case.pk}").first.click()
    expect(admin.get_by_text("Ошто милиция мени кармап")).to_be_visible()
    admin.get_by_label("Сообщение заявителю").fill(REPLY)
    admin.get_by_role("button", name="Отправить сообщение").click()
    expect(admin.get_by_text("Сообщение отправлено.")).to_be_visible()
    assert CaseMessage.objects.get(case=case).author == worker

    reader = phone(page_for)
    reader.goto("/ky/report/follow-up/")
    reader.get_by_label("Сиздин квитанция кодуңуз").fill(code)
    reader.get_by_role("button", name="Кайрылуумду ачуу").click()
    expect(reader.get_by_text(REPLY)).to_be_visible()
    assert reader.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code)
