"""The public "Monitoring" block shows the suppressed figures, in the page's language, also without a cache."""

import datetime as dt
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import timezone, translation

from cases.blocks import MonitoringBlock
from cases.models import Consent
from tests.cases.admin_helpers import make_case, organisation
from tests.website.site_tree import build_site_tree
from website.standard.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def cases():
    org = organisation("osh")
    for _ in range(7):
        make_case(org, consent=Consent.STATISTICS, region="osh_city", perpetrator="police")
    make_case(org, consent=Consent.STATISTICS, region="osh_city", perpetrator="family")
    make_case(org, consent=Consent.HELP_ONLY, region="osh_city", perpetrator="family")


def render(language="en", **value):
    block = MonitoringBlock()
    with translation.override(language):
        return block.render(block.to_python({"period": "last_12_months", "region": "", **value}))


def test_the_block_shows_the_counts_with_small_ones_hidden(cases):
    html = render()
    assert "<svg" in html and "<table" in html
    assert "Police" in html and "&lt;5" in html
    assert ">1<" not in html, "the single consented family case is not shown as 1"


@pytest.mark.parametrize(
    ("language", "heading", "police"),
    [("ru", "Мониторинг нарушений прав", "Полиция"), ("ky", "Укук бузууларга мониторинг", None)],
)
def test_the_block_speaks_the_pages_language(cases, settings, language, heading, police):
    settings.LOCALE_PATHS = [Path(settings.BASE_DIR) / "locale"]
    html = render(language)
    assert heading in html
    assert police is None or police in html


def test_the_block_renders_when_the_cache_is_down(cases, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "website.core.cache.SharedClientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    assert "Police" in render()


def test_the_figures_are_cached_briefly(cases, django_assert_num_queries):
    render()
    make_case(
        organisation("osh"), consent=Consent.STATISTICS, created_at=timezone.now() - dt.timedelta(days=1)
    )
    with django_assert_num_queries(0):
        render()


def test_an_editor_can_place_the_block_on_a_standard_page(client, cases):
    tree = build_site_tree()
    page = StandardPageFactory(parent=tree.homes["ru"], title="Мониторинг", slug="monitoring")
    page.body = [("monitoring", {"title": "Нарушения за год", "period": "last_12_months", "region": ""})]
    page.save_revision().publish()

    response = client.get(page.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Нарушения за год" in html and "<svg" in html and "&lt;5" in html
