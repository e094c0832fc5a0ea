"""A language added to the site gets the first violation types in its own words."""

import pytest
from wagtail.models import Locale

from cases.models import ViolationType

pytestmark = pytest.mark.django_db


def test_a_language_added_later_gets_the_first_violation_types_in_its_own_words():
    Locale.objects.filter(language_code="ky").delete()

    kyrgyz = Locale.objects.create(language_code="ky")

    names = list(ViolationType.objects.filter(locale=kyrgyz).values_list("name", flat=True))
    assert names[:2] == ["Зомбулук", "Милициянын кызматтык абалынан кыянаттык пайдаланышы"]
    assert names[-1] == "Башка"
    russian = ViolationType.objects.filter(locale__language_code="ru")
    assert set(russian.values_list("translation_key", flat=True)) == set(
        ViolationType.objects.filter(locale=kyrgyz).values_list("translation_key", flat=True)
    )


def test_a_type_an_editor_renamed_is_left_for_the_editors_to_translate():
    Locale.objects.filter(language_code="ky").delete()
    ViolationType.objects.filter(name="Насилие").update(name="Физическое насилие")

    kyrgyz = Locale.objects.create(language_code="ky")

    assert "Зомбулук" not in ViolationType.objects.filter(locale=kyrgyz).values_list("name", flat=True)
    assert ViolationType.objects.filter(locale=kyrgyz).count() == 6
