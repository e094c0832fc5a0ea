import pytest
from django.core.cache import cache
from wagtail.models import Locale

from cases.models import ViolationType


@pytest.fixture(autouse=True)
def _private_evidence_root(settings, tmp_path):
    """Evidence files in the test's own folder, apart from its media folder, as in production."""
    settings.CASES_EVIDENCE_ROOT = str(tmp_path / "private" / "evidence")
    return settings.CASES_EVIDENCE_ROOT


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate-limit counters live in the cache, which outlives a single test."""
    cache.clear()


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("ky", "ru", "en")}


@pytest.fixture
def violation_types(locales):
    """Police abuse and threats in Russian, with a Kyrgyz translation of each, the only ones offered."""
    ViolationType.objects.all().delete()
    created = {}
    for order, (ru, ky) in enumerate(
        [("Насилие со стороны полиции", "Милициянын зомбулугу"), ("Угрозы", "Коркутуу")]
    ):
        source = ViolationType.objects.create(name=ru, sort_order=order, locale=locales["ru"])
        translation = source.copy_for_translation(locales["ky"])
        translation.name = ky
        translation.save()
        created[ru] = source
    return created
