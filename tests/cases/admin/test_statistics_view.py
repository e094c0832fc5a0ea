"""The statistics page and its downloads: audited, and no spreadsheet formula in them."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from wagtail.models import Locale

from cases.models import Consent, ViolationType
from tests.cases.admin_helpers import make_case
from website.core.models import AuditEntry

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example","click")'


def statistics_url(query=""):
    with translation.override("en"):
        return reverse("cases_statistics:index") + query


@pytest.fixture
def formula_type(world):
    """A violation type whose name an editor typed as a formula, with enough cases to be shown."""
    violation = ViolationType.objects.create(name=FORMULA, locale=Locale.get_default())
    for _ in range(6):
        make_case(world.org_a, consent=Consent.STATISTICS).violation_types.set([violation])
    return violation


def test_the_page_shows_a_chart_and_tables(client, world, formula_type):
    client.force_login(world.people["case worker A"])
    response = client.get(statistics_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in html and "<caption>" in html
    assert "&lt;5" in html


def test_the_csv_download_is_audited_and_neutralises_formulas(client, world, formula_type):
    client.force_login(world.people["case worker A"])
    response = client.get(statistics_url("?period=last_12_months&export=csv"))
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "'=HYPERLINK" in text
    assert (
        AuditEntry.objects.filter(
            action="cases.statistics.export", actor=world.people["case worker A"]
        ).count()
        == 1
    )


def test_the_xlsx_download_holds_text_not_formulas(client, world, formula_type):
    client.force_login(world.people["superuser"])
    response = client.get(statistics_url("?export=xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert f"'{FORMULA}" in values
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert AuditEntry.objects.filter(action="cases.statistics.export").count() == 1
