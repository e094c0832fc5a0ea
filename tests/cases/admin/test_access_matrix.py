"""Every case address × every role: only a case worker of the case's organisation gets in.

Anonymous visitors are sent to sign in; people without staff status (trainers) get the site's 403 for the
whole admin before any address is looked at; every other staff member, superusers included, and case
workers of other organisations are told the case does not exist: the admin's "not found" (the site's
language middleware first sends an unknown address to its language-prefixed form, which is not found
either), exactly as for a case number that was never used.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from cases.models import CaseStatus

SIGN_IN = "sign in"
OK = 200
DONE = "back to the case"  # an action succeeded
NOT_FOUND = "not found"
NOT_STAFF = 403


def case_urls(world):
    with translation.override("en"):
        return case_urls_in_language(world)


def case_urls_in_language(world):
    pk = world.case.pk
    return {
        "list": ("get", reverse("cases_admin:index"), {}),
        "list results": ("get", reverse("cases_admin:index_results"), {}),
        "list export": ("get", reverse("cases_admin:index") + "?export=csv", {}),
        "case": ("get", reverse("cases_admin:inspect", args=[pk]), {}),
        "history": ("get", reverse("cases_admin:history", args=[pk]), {}),
        "evidence": ("get", reverse("cases_admin:evidence", args=[pk, world.evidence.pk]), {}),
        "status": (
            "post",
            reverse("cases_admin:action", args=[pk, "status"]),
            {"status": CaseStatus.ACCEPTED},
        ),
        "assign": ("post", reverse("cases_admin:action", args=[pk, "assign"]), {"assignee": ""}),
        "note": ("post", reverse("cases_admin:action", args=[pk, "note"]), {"text": "Called the lawyer."}),
        "message": ("post", reverse("cases_admin:action", args=[pk, "message"]), {"text": "We can help."}),
        "intervention": (
            "post",
            reverse("cases_admin:action", args=[pk, "intervention"]),
            {"kind": "legal_consultation", "happened_on": "2026-01-10", "note": ""},
        ),
    }


OWN_CASE = {"list": OK, "list results": OK, "list export": OK, "case": OK, "history": OK, "evidence": OK}
# Case workers of another organisation have a case list of their own (without this case) and nothing else.
OTHER_ORGANISATION = {"list": OK, "list results": OK, "list export": OK}

EXPECTED = {
    "anonymous": lambda url: SIGN_IN,
    "trainer": lambda url: NOT_STAFF,
    "editor": lambda url: NOT_FOUND,
    "moderator": lambda url: NOT_FOUND,
    "superuser": lambda url: NOT_FOUND,
    "case worker B": lambda url: OTHER_ORGANISATION.get(url, NOT_FOUND),
    "case worker A": lambda url: OWN_CASE.get(url, DONE),
}
URL_NAMES = [
    "list",
    "list results",
    "list export",
    "case",
    "history",
    "evidence",
    "status",
    "assign",
    "note",
    "message",
    "intervention",
]


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(EXPECTED))
@pytest.mark.parametrize("url_name", URL_NAMES)
def test_case_addresses_answer_each_role_as_designed(client, world, role, url_name):
    person = world.people[role]
    if person is not None:
        client.force_login(person)
    method, url, data = case_urls(world)[url_name]
    assert outcome(client, method, url, data, world) == EXPECTED[role](url_name)


def outcome(client, method, url, data, world):
    response = getattr(client, method)(url, data)
    location = response.get("Location", "")
    if response.status_code != 302:
        return response.status_code
    if "/accounts/login/" in location:
        return SIGN_IN
    if location == case_urls(world)["case"][1]:
        return DONE
    if location == f"/ru{url}" and client.get(location).status_code == 404:
        return NOT_FOUND
    return location


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor", "superuser", "case worker B"])
def test_a_case_of_another_organisation_looks_like_one_that_does_not_exist(client, world, role):
    client.force_login(world.people[role])
    real = case_urls(world)["case"][1]
    made_up = real.replace(f"/{world.case.pk}/", "/999999/")
    assert (
        client.get(real)["Location"].replace(f"/{world.case.pk}/", "/999999/")
        == client.get(made_up)["Location"]
    )


@pytest.mark.django_db
def test_another_organisations_list_does_not_show_the_case(client, world):
    client.force_login(world.people["case worker B"])
    response = client.get(case_urls(world)["list"][1])
    assert response.context["object_list"].count() == 0


@pytest.mark.django_db
def test_a_case_worker_without_a_second_factor_is_sent_to_set_one_up(client, world):
    worker = world.people["case worker A"]
    worker.authenticator_set.all().delete()
    client.force_login(worker)
    response = client.get(case_urls(world)["case"][1])
    assert response.status_code == 302
    assert "/accounts/2fa/totp/activate/" in response.url


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "expected"),
    [("editor", NOT_FOUND), ("moderator", NOT_FOUND), ("case worker B", OK), ("superuser", OK)],
)
def test_statistics_are_for_case_workers_and_advocates(client, world, role, expected):
    client.force_login(world.people[role])
    with translation.override("en"):
        url = reverse("cases_statistics:index")
    assert outcome(client, "get", url, {}, world) == expected


@pytest.mark.django_db
def test_the_cases_menu_shows_only_to_case_workers(client, world):
    with translation.override("en"):
        cases, home = reverse("cases_admin:index"), reverse("wagtailadmin_home")
    client.force_login(world.people["editor"])
    assert cases not in client.get(home).content.decode()
    client.force_login(world.people["case worker A"])
    assert cases in client.get(home).content.decode()
