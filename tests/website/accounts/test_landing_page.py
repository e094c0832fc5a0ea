"""Where people land after signing in: trainers on their cohorts, organisers on their events, staff in the
admin, everyone else on their profile; a page they asked for first still wins."""

import pytest
from django.contrib.auth.models import Group

from events.factories import EventIndexPageFactory, EventPageFactory
from learning.factories import CohortFactory
from tests.website.site_tree import build_site_tree
from website.accounts.factories import PASSWORD, UserFactory

from .conftest import sign_in

pytestmark = pytest.mark.django_db


def trainers_group():
    return Group.objects.get_or_create(name="Trainers")[0]


def test_a_trainer_lands_on_their_cohorts(client):
    trainer = UserFactory()
    CohortFactory(trainers=[trainer])

    assert sign_in(client, trainer.email)["Location"] == "/en/learning/trainer/cohorts/"


def test_a_member_of_the_trainers_group_lands_on_the_cohorts_page_in_their_language(client):
    trainer = UserFactory()
    trainer.groups.add(trainers_group())

    assert sign_in(client, trainer.email, language="ky")["Location"] == "/ky/learning/trainer/cohorts/"


def test_an_organiser_who_trains_no_cohort_lands_on_their_events(client):
    organiser = UserFactory()
    event = EventPageFactory(parent=EventIndexPageFactory(parent=build_site_tree().homes["ru"]))
    event.organisers.add(organiser)
    event.save()

    assert sign_in(client, organiser.email)["Location"] == "/en/events/organise/"


def test_staff_land_in_the_admin(client):
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(
        *Group.objects.get(name="Editors").permissions.filter(codename="access_admin")
    )

    assert sign_in(client, editor.email)["Location"] == "/admin/"


def test_a_learner_lands_on_their_profile(client):
    learner = UserFactory()

    assert sign_in(client, learner.email)["Location"] == "/en/accounts/profile/"


def test_a_page_asked_for_before_signing_in_comes_first(client):
    trainer = UserFactory()
    trainer.groups.add(trainers_group())

    response = client.post(
        "/en/accounts/login/?next=/en/learning/", {"login": trainer.email, "password": PASSWORD}
    )

    assert response["Location"] == "/en/learning/"
