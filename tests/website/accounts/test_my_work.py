"""One "my work" menu on the trainer's and organiser's pages: cohorts, events and each coming event's door."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from events.factories import EventIndexPageFactory, EventPageFactory
from learning.factories import CohortFactory
from tests.website.site_tree import build_site_tree
from website.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.fixture
def events_index():
    return EventIndexPageFactory(parent=build_site_tree().homes["ru"])


def organised_event(events_index, organiser, title, starts_in_days):
    starts_at = timezone.now() + datetime.timedelta(days=starts_in_days)
    event = EventPageFactory(
        parent=events_index,
        title=title,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=3),
    )
    event.organisers.add(organiser)
    event.save()
    return event


def menu_of(client, url_name, *args):
    with translation.override("en"):
        content = client.get(reverse(url_name, args=args)).content.decode()
    start = content.index('<nav class="work-nav"')
    return content[start : content.index("</nav>", start)]


def test_a_trainer_who_organises_reaches_events_and_check_in_from_the_cohort_pages(
    client, trainer, events_index
):
    cohort = CohortFactory(trainers=[trainer])
    coming = organised_event(events_index, trainer, "Human Rights Day in Osh", starts_in_days=2)
    organised_event(events_index, trainer, "Training a month ago", starts_in_days=-30)

    on_cohorts = menu_of(client, "learning:cohort_detail", cohort.pk)
    on_check_in = menu_of(client, "events:organiser_check_in", coming.pk)

    assert 'href="/en/learning/trainer/cohorts/" aria-current="page"' in on_cohorts
    assert 'href="/en/events/organise/"' in on_cohorts
    assert f'href="/en/events/organise/{coming.pk}/check-in/"' in on_cohorts
    assert "Check-in: Human Rights Day in Osh" in on_cohorts
    assert "Training a month ago" not in on_cohorts
    assert f'href="/en/events/organise/{coming.pk}/check-in/" aria-current="page"' in on_check_in
    assert 'href="/en/learning/trainer/cohorts/"' in on_check_in


def test_a_trainer_who_organises_nothing_sees_no_events_link(client, trainer):
    CohortFactory(trainers=[trainer])

    menu = menu_of(client, "learning:my_cohorts")

    assert "/events/organise/" not in menu
    assert "My cohorts" in menu
