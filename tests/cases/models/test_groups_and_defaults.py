import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction

from cases.models import CASE_WORKERS_GROUP, Organisation

pytestmark = pytest.mark.django_db


def test_case_workers_reach_the_admin_and_work_on_cases_but_manage_no_organisations():
    group = Group.objects.get(name=CASE_WORKERS_GROUP)
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
    assert {"wagtailadmin.access_admin", "cases.view_case", "cases.add_casemessage"} <= granted
    assert "cases.delete_case" not in granted
    assert "cases.change_organisation" not in granted


def test_editors_keep_the_violation_types():
    granted = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"add_violationtype", "change_violationtype"} <= granted
    assert "view_case" not in granted


def test_one_organisation_takes_unmapped_cases_from_the_start_and_never_two():
    assert Organisation.objects.filter(is_default=True).count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(name="Second", slug="second", is_default=True)


def test_the_form_offers_the_first_violation_types_from_the_start_in_order():
    from cases.models import ViolationType

    names = list(ViolationType.objects.filter(locale__language_code="ru").values_list("name", flat=True))
    assert names[:3] == ["Насилие", "Злоупотребления со стороны полиции", "Дискриминация на работе"]
    assert names[-1] == "Другое"
