"""Administrators map regions to organisations and name case workers; nobody else sees those lists."""

import pytest
from django.urls import reverse
from django.utils import translation

from cases.models import CaseWorker
from tests.events.feedback_helpers import staff_member

pytestmark = pytest.mark.django_db


def url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


@pytest.mark.parametrize("name", ["cases_organisations:index", "cases_regions:index", "cases_workers:index"])
def test_administrators_see_the_network_lists_and_others_do_not(client, world, name):
    client.force_login(staff_member("Administrators"))
    assert client.get(url(name)).status_code == 200
    for role in ("editor", "case worker A"):
        client.force_login(world.people[role])
        assert client.get(url(name)).status_code == 302, role


def test_an_administrator_names_a_case_worker_from_staff_accounts_only(client, world):
    client.force_login(staff_member("Administrators"))
    staff = staff_member()

    refused = client.post(
        url("cases_workers:add"), {"user": world.people["trainer"].pk, "organisation": world.org_a.pk}
    )
    accepted = client.post(url("cases_workers:add"), {"user": staff.pk, "organisation": world.org_a.pk})

    assert refused.status_code == 200
    assert accepted.status_code == 302
    assert CaseWorker.objects.get(user=staff).organisation == world.org_a
