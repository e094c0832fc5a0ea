import datetime

import pytest
from django.utils import timezone

from events.models import Registration, RegistrationStatus
from events.services import registrations
from events.services.registrations import AlreadyRegistered, LinkError, SignUpError
from website.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def guest(event, email="guest@example.org", name="Aida"):
    return registrations.sign_up(event, name=name, email=email, language="ky")


def test_guest_holds_no_seat_until_the_email_is_confirmed(
    make_event, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        registration = guest(event)
    assert registration.status == RegistrationStatus.PENDING
    assert registrations.seats_left(event) == 1
    assert "/ky/events/registrations/" in mailoutbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        registrations.confirm_guest(registration.token)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registrations.seats_left(event) == 0
    assert mailoutbox[-1].attachments[0][0] == "event.ics"


def test_signed_in_user_gets_a_seat_at_once_and_the_next_person_waits(make_event):
    event = make_event(capacity=1)
    first = registrations.sign_up(event, name="A", email="a@example.org", language="ru", user=UserFactory())
    second = registrations.sign_up(event, name="B", email="b@example.org", language="ru", user=UserFactory())
    assert (first.status, second.status) == (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)


def test_same_email_twice_is_refused_clearly(make_event):
    event = make_event()
    guest(event)
    with pytest.raises(AlreadyRegistered):
        guest(event, email="GUEST@example.org ")
    assert Registration.objects.count() == 1


def test_cancelling_offers_the_seat_to_the_first_person_waiting(
    make_event, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1, offer_hours=24)
    seated = registrations.sign_up(event, name="A", email="a@example.org", language="ru", user=UserFactory())
    waiting = [
        registrations.sign_up(event, name=n, email=f"{n}@example.org", language="en", user=UserFactory())
        for n in ("b", "c")
    ]
    with django_capture_on_commit_callbacks(execute=True):
        registrations.cancel(seated)
    waiting[0].refresh_from_db()
    assert waiting[0].status == RegistrationStatus.OFFERED
    assert "/en/events/registrations/" in mailoutbox[-1].body

    registrations.expire_offers(now=timezone.now() + datetime.timedelta(hours=25))
    for registration in waiting:
        registration.refresh_from_db()
    assert [r.status for r in waiting] == [RegistrationStatus.EXPIRED, RegistrationStatus.OFFERED]
    with pytest.raises(LinkError):
        registrations.accept_offer(waiting[0].token)
    registrations.accept_offer(waiting[1].token)
    waiting[1].refresh_from_db()
    assert waiting[1].status == RegistrationStatus.CONFIRMED


def test_full_event_without_waiting_list_refuses(make_event):
    event = make_event(capacity=0, waiting_list=False)
    with pytest.raises(SignUpError):
        registrations.sign_up(event, name="A", email="a@example.org", language="ru", user=UserFactory())
    assert not Registration.objects.exists()


def test_a_person_who_cancelled_signs_up_again_on_the_same_registration_with_a_seat(make_event):
    event = make_event(capacity=1)
    person = UserFactory(email="aida@example.org")
    first = registrations.sign_up(event, name="Aida", email=person.email, language="ru", user=person)
    registrations.cancel(first)

    again = registrations.sign_up(event, name="Aida K.", email=person.email, language="ky", user=person)

    assert again.pk == first.pk
    again.refresh_from_db()
    assert (again.status, again.name, again.language, again.cancelled_at) == (
        RegistrationStatus.CONFIRMED,
        "Aida K.",
        "ky",
        None,
    )
    assert registrations.seats_left(event) == 0


def test_an_account_and_an_email_each_registered_once_are_refused_whichever_is_active(make_event):
    event = make_event(capacity=5)
    person = UserFactory(email="new@example.org")
    by_account = registrations.sign_up(
        event, name="Aida", email="old@example.org", language="ru", user=person
    )
    registrations.cancel(by_account)
    by_email = guest(event, email="new@example.org")

    with pytest.raises(AlreadyRegistered):
        registrations.sign_up(event, name="Aida", email=person.email, language="ru", user=person)

    assert sorted(Registration.objects.filter(event=event).values_list("pk", "status")) == [
        (by_account.pk, RegistrationStatus.CANCELLED),
        (by_email.pk, RegistrationStatus.PENDING),
    ]
