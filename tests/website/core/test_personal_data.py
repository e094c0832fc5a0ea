"""A person's data export and account deletion cover every source of personal data the apps register."""

import json

import pytest
from django.contrib.auth import get_user_model
from wagtail import hooks

from website.accounts.factories import PASSWORD, UserFactory
from website.core.personal_data import PersonalDataSource

pytestmark = pytest.mark.django_db

TODAYS_SECTIONS = {
    "exported_at",
    "account",
    "enrolments",
    "lesson_completions",
    "quiz_attempts",
    "orders",
    "certificates",
    "cohort_memberships",
    "event_registrations",
    "event_feedback",
}


@pytest.fixture
def person(client):
    person = UserFactory(email="aigul@example.org", display_name="Aigul")
    client.force_login(person)
    return person


def test_my_data_keeps_every_section_it_had_when_the_apps_registered_their_own(client, person):
    data = json.loads(client.post("/en/accounts/profile/my-data/").content)

    assert TODAYS_SECTIONS <= set(data)
    assert list(data)[:2] == ["exported_at", "account"]


def test_a_source_an_app_registers_is_in_my_data_and_is_erased_before_my_account_goes(client, person):
    erased = []

    def register():
        return PersonalDataSource(
            "case_files",
            export=lambda user: [{"case": "Land dispute", "email": user.email}],
            erase=lambda user: erased.append(get_user_model().objects.filter(pk=user.pk).exists()),
        )

    with hooks.register_temporarily("register_personal_data", register):
        data = json.loads(client.post("/en/accounts/profile/my-data/").content)
        client.post("/en/accounts/profile/delete/", {"password": PASSWORD})

    assert data["case_files"] == [{"case": "Land dispute", "email": "aigul@example.org"}]
    assert erased == [True], "erased once, while the account still existed"
    assert not get_user_model().objects.filter(pk=person.pk).exists()
