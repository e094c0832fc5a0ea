import datetime

import pytest
from django.utils import timezone

from events.factories import RegistrationFactory
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


def emails_to(mailoutbox, address):
    return [message for message in mailoutbox if message.to == [address]]


@pytest.mark.parametrize(
    ("status", "says"),
    [
        (
            RegistrationStatus.PENDING,
            ["Waiting for email confirmation", "/ru/events/registrations/{token}/confirm/"],
        ),
        (RegistrationStatus.CONFIRMED, ["Confirmed", "{code}"]),
        (RegistrationStatus.WAITING, ["On the waiting list"]),
        (
            RegistrationStatus.OFFERED,
            ["Offered a freed seat", "/ru/events/registrations/{token}/accept/"],
        ),
    ],
)
def test_a_guest_signing_up_again_changes_nothing_and_is_told_by_email_where_they_stand(
    make_event, mailoutbox, django_capture_on_commit_callbacks, status, says
):
    event = make_event(capacity=5, title="Прайд-встреча")
    existing = RegistrationFactory(
        event=event,
        name="Aida",
        email="guest@example.org",
        language="ky",
        status=status,
        offer_expires_at=timezone.now() + datetime.timedelta(hours=12),
    )

    with django_capture_on_commit_callbacks(execute=True):
        answer = registrations.sign_up(event, name="Someone", email="GUEST@example.org ", language="ru")

    assert answer.pk == existing.pk
    assert list(Registration.objects.values_list("name", "status", "language")) == [("Aida", status, "ky")]
    [email] = emails_to(mailoutbox, "guest@example.org")
    assert email.subject == "You are already registered: Прайд-встреча"
    assert "You are already registered, so nothing has changed." in email.body
    assert f"/ru/events/registrations/{existing.token}/cancel/" in email.body
    for text in says:
        assert text.format(token=existing.token, code=existing.code) in email.body


def test_a_guest_whose_confirmation_lapsed_signs_up_again_as_new(
    make_event, mailoutbox, django_capture_on_commit_callbacks
):
    """The expired link says "sign up again": doing so gives a fresh confirmation, not "already registered"."""
    event = make_event(capacity=5)
    lapsed = guest(event, name="Aida")
    Registration.objects.filter(pk=lapsed.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=registrations.GUEST_CONFIRMATION_HOURS + 1)
    )
    with pytest.raises(LinkError, match="expired"):
        registrations.confirm_guest(lapsed.token)

    with django_capture_on_commit_callbacks(execute=True):
        again = guest(event, name="Aida K.")

    assert (again.pk, again.name, again.status) == (lapsed.pk, "Aida K.", RegistrationStatus.PENDING)
    assert registrations.confirm_guest(again.token).status == RegistrationStatus.CONFIRMED
    [fresh_link] = emails_to(mailoutbox, "guest@example.org")
    assert fresh_link.subject.startswith("Confirm your sign-up")
    assert f"/ky/events/registrations/{again.token}/confirm/" in fresh_link.body


def test_a_guest_whose_address_was_registered_a_moment_before_is_answered_the_same(
    make_event, mailoutbox, django_capture_on_commit_callbacks, monkeypatch
):
    """Two sign-ups with one address at once: the second finds none, then the database refuses its row."""
    event = make_event(capacity=5)
    first = guest(event)
    monkeypatch.setattr(
        registrations, "seats_taken_and_earlier_registration", lambda event, email, user: (0, None)
    )

    with django_capture_on_commit_callbacks(execute=True):
        answer = guest(event, email="guest@example.org", name="Someone")

    assert answer.pk == first.pk
    assert list(Registration.objects.values_list("name", flat=True)) == ["Aida"]
    assert mailoutbox[-1].subject.startswith("You are already registered")


def test_a_signed_in_person_registered_already_is_told_so(make_event):
    """Signed-in people see their own registration: telling them reveals nothing to anyone else."""
    event = make_event()
    person = UserFactory(email="guest@example.org")
    guest(event)

    with pytest.raises(AlreadyRegistered):
        registrations.sign_up(event, name="Aida", email=person.email, language="ru", user=person)
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
