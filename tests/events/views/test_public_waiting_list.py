"""The waiting list as participants live it: a freed seat offered by email, the offer lapsing, the links."""

import datetime
import re
import uuid
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from freezegun import freeze_time

from events.models import Registration, RegistrationStatus
from events.services import registrations
from events.tasks import expire_seat_offers
from tests.events.public_site import add_event, build_events_site, sign_up_url, text_of
from website.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGNED_UP_AT = datetime.datetime(2031, 11, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def site():
    return build_events_site()


def link_in(message, action):
    return re.search(rf"https?://\S+/events/registrations/[0-9a-f-]+/{action}/", message.body).group(0)


def path_of(url):
    return urlsplit(url).path


def sign_up_user(event, name):
    user = UserFactory(display_name=name)
    registrations.sign_up(event, name=name, email=user.email, language="en", user=user)
    return user


def test_a_freed_seat_goes_to_the_first_waiting_then_lapses_to_the_next(
    client, site, mailoutbox, django_capture_on_commit_callbacks
):
    with freeze_time(SIGNED_UP_AT) as clock:
        event = add_event(
            site, capacity=1, offer_hours=24, starts_at=SIGNED_UP_AT + datetime.timedelta(days=30)
        )
        with django_capture_on_commit_callbacks(execute=True):
            seated = sign_up_user(event, "Seated")
            first = sign_up_user(event, "First")
            clock.tick(datetime.timedelta(minutes=5))
            second = sign_up_user(event, "Second")
        assert [r.status for r in Registration.objects.order_by("pk")] == ["confirmed", "waiting", "waiting"]

        client.force_login(seated)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(event.url + "cancel/")
        offer = mailoutbox[-1]
        assert offer.to == [first.email]
        accept_url = path_of(link_in(offer, "accept"))
        assert Registration.objects.get(user=first).status == RegistrationStatus.OFFERED

        client.force_login(first)
        page = text_of(client.get(event.url))
        assert "A seat has been freed for you." in page
        assert client.get(accept_url).status_code == 200

        clock.tick(datetime.timedelta(hours=24, minutes=1))
        with django_capture_on_commit_callbacks(execute=True):
            expire_seat_offers.delay()

        assert Registration.objects.get(user=first).status == RegistrationStatus.EXPIRED
        assert Registration.objects.get(user=second).status == RegistrationStatus.OFFERED
        assert [message.to for message in mailoutbox[-2:]] == [[first.email], [second.email]]

        expired_get, expired_post = client.get(accept_url), client.post(accept_url)
        for response in (expired_get, expired_post):
            assert response.status_code == 410
            assert "This offer has expired" in text_of(response)

        client.force_login(second)
        accepted = client.post(path_of(link_in(mailoutbox[-1], "accept")))
        assert accepted.status_code == 200
        assert "Your seat is confirmed." in text_of(accepted)
        assert Registration.objects.get(user=second).status == RegistrationStatus.CONFIRMED


def test_the_offers_are_expired_by_a_task_on_beat():
    schedule = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}

    assert "events.tasks.expire_seat_offers" in schedule


@pytest.mark.parametrize("action", ["confirm", "accept", "cancel"])
def test_an_invalid_link_gives_a_clear_page(client, site, action):
    response = client.get(f"/en/events/registrations/{uuid.uuid4()}/{action}/")

    assert response.status_code == 410
    assert "This link is not valid." in text_of(response)


def test_a_reused_confirmation_link_shows_the_status_not_an_error(
    client, site, mailoutbox, django_capture_on_commit_callbacks
):
    event = add_event(site)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(sign_up_url(event), {"name": "Aida", "email": "aida@example.org"})
    confirm_url = path_of(link_in(mailoutbox[-1], "confirm"))

    first, again, later = client.post(confirm_url), client.post(confirm_url), client.get(confirm_url)

    for response in (first, again, later):
        assert response.status_code == 200
        assert "Your seat is confirmed." in text_of(response)
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


def test_a_reused_cancel_link_shows_the_registration_is_cancelled(client, site, mailoutbox):
    event = add_event(site)
    registration = registrations.sign_up(
        event, name="Aida", email="aida@example.org", language="en", user=UserFactory()
    )
    cancel_url = f"/en/events/registrations/{registration.token}/cancel/"

    first, again = client.post(cancel_url), client.post(cancel_url)

    for response in (first, again):
        assert response.status_code == 200
        assert "Your registration is cancelled." in text_of(response)
