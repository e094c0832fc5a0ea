"""Random input to every public form: never a server error; what is rejected saves nothing and says why."""

import datetime
from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from hypothesis import event, example, given
from hypothesis import strategies as st

from events.factories import RegistrationFactory
from events.models import Consent, Feedback, Registration, RegistrationStatus
from learning.factories import VoucherFactory
from learning.models import Enrolment, Order
from learning.services.payments import payment_choices
from tests.events.feedback_helpers import attended, feedback_url
from tests.events.public_site import add_event, build_events_site, sign_up_url
from tests.learning.commerce_helpers import paid_course
from website.accounts.factories import PASSWORD, UserFactory

from .fuzzing import (
    FUZZ,
    any_character,
    assert_form_shown_again_with_a_message,
    assert_no_server_error,
    form_data,
    hostile_text,
    posted,
    rolled_back,
    sent_text,
)

pytestmark = pytest.mark.django_db

User = get_user_model()
QUESTION = "question_organisation"
NUL_MESSAGE = "Null characters are not allowed."

good_email = st.one_of(st.emails(), st.sampled_from(["aida@example.org", " Aida@Example.org "]))
good_name = st.text(any_character, min_size=1, max_size=30)
good_phone = st.sampled_from(["", "0555 123 456", "+996 555 123 456"])


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    """Fuzzing sends many posts from one address: without this the limits answer 429 before the forms are reached.

    The test settings already turn off allauth's limits (ACCOUNT_RATE_LIMITS) and the guest sign-up limit.
    """
    settings.ACCOUNT_RATE_LIMITS = False
    settings.EVENT_SIGNUP_RATE_LIMIT = ""
    settings.EVENT_FEEDBACK_RATE_LIMIT = ""
    cache.clear()


def collapsed(value):
    """A name as the services store it: whitespace runs made one space, trimmed."""
    return " ".join(str(value).split())


# Account sign-up (allauth)


@FUZZ
@given(data=form_data(email=good_email, password1=st.just(PASSWORD), password2=st.just(PASSWORD)))
@example(data={"email": "aida@example.org", "password1": PASSWORD, "password2": PASSWORD})
@example(data={"email": "aida\x00@example.org", "password1": PASSWORD, "password2": PASSWORD})
@example(data={"email": "aida@example.org", "password1": PASSWORD + "\x00", "password2": PASSWORD + "\x00"})
def test_sign_up_form(client, data):
    with rolled_back():
        before = User.objects.count()
        response = client.post("/en/accounts/signup/", data)

        assert_no_server_error(response)
        if User.objects.count() > before:
            event("saved")
            assert "\x00" not in sent_text(data, "email", "password1", "password2")
            user = User.objects.latest("pk")
            assert user.email.lower() == posted(data, "email").strip().lower()
            assert EmailAddress.objects.filter(user=user).count() == 1
        else:
            event("rejected")
            assert_form_shown_again_with_a_message(response)


# Event sign-up, as a guest and signed in


@pytest.fixture
def event_page():
    site = build_events_site()
    page = add_event(site, title="День прав человека", capacity=5)
    page.questions = [
        {
            "type": "question",
            "id": "organisation",
            "value": {"question": "Your organisation", "why": "So the trainers can plan group work."},
        }
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def assert_sign_up_handled(response, data, registration_count_before):
    """Saved: one clean registration and a redirect; rejected: nothing saved, the form again with a message."""
    assert_no_server_error(response)
    new = Registration.objects.count() - registration_count_before
    event("saved" if new else "rejected")
    if new:
        assert new == 1 and response.status_code == 302
        assert "\x00" not in sent_text(data, "name", "email", "phone", QUESTION)
        registration = Registration.objects.latest("pk")
        assert registration.name == collapsed(posted(data, "name")) and registration.name
    else:
        assert_form_shown_again_with_a_message(response, "sign_up_form")


@FUZZ
@given(data=form_data(name=good_name, email=good_email, phone=good_phone, **{QUESTION: hostile_text}))
@example(data={"name": "Aida\x00", "email": "aida@example.org"})
@example(data={"name": "Aida", "email": "aida@example.org", QUESTION: "Birge\x00"})
def test_guest_event_sign_up_form(client, event_page, data):
    with rolled_back():
        before = Registration.objects.count()
        response = client.post(sign_up_url(event_page), data)

        assert_sign_up_handled(response, data, before)
        if Registration.objects.count() > before:
            assert Registration.objects.latest("pk").status == RegistrationStatus.PENDING


@pytest.fixture
def member(client):
    user = UserFactory(email="member@example.org")
    client.force_login(user)
    return user


@FUZZ
@given(data=form_data(name=good_name, phone=good_phone, **{QUESTION: hostile_text}))
@example(data={"name": "Aida", "phone": "0555\x00"})
def test_signed_in_event_sign_up_form(client, member, event_page, data):
    with rolled_back():
        before = Registration.objects.count()
        response = client.post(sign_up_url(event_page), data)

        assert_sign_up_handled(response, data, before)
        if Registration.objects.count() > before:
            assert Registration.objects.latest("pk").email == member.email


# The guest's confirmation link


@pytest.fixture
def pending(event_page):
    return RegistrationFactory(event=event_page, status=RegistrationStatus.PENDING, confirmed_at=None)


@FUZZ
@given(
    token=st.one_of(st.uuids().map(str), hostile_text),
    method=st.sampled_from(["get", "post", "put"]),
    body=form_data(),
)
@example(token="\x00", method="post", body={})
def test_confirmation_link_with_a_forged_token(client, pending, token, method, body):
    with rolled_back():
        url = f"/en/events/registrations/{quote(token, safe='')}/confirm/"
        response = getattr(client, method)(url, body)

        assert_no_server_error(response)
        assert response.status_code in (404, 405, 410)
        if response.status_code == 410:
            assert escape(str(response.context["message"])) in response.content.decode()
        pending.refresh_from_db()
        assert pending.status == RegistrationStatus.PENDING


@FUZZ
@given(body=form_data(name=hostile_text, status=st.just("cancelled")))
def test_confirmation_link_ignores_any_posted_fields(client, pending, body):
    with rolled_back():
        response = client.post(f"/en/events/registrations/{pending.token}/confirm/", body)

        assert_no_server_error(response)
        pending.refresh_from_db()
        assert pending.status == RegistrationStatus.CONFIRMED
        assert pending.name.startswith("Participant")


# The feedback form behind the after-event link


@pytest.fixture
def attendee():
    site = build_events_site()
    starts = timezone.now() - datetime.timedelta(days=1, hours=4)
    finished = add_event(site, starts_at=starts, ends_at=starts + datetime.timedelta(hours=3))
    return attended(finished, name="Айгуль Т.")


@FUZZ
@given(
    data=form_data(
        rating=st.sampled_from(["1", "3", "5"]),
        text=st.one_of(
            st.sampled_from(["Спасибо!", "Very useful"]), st.text(any_character, min_size=1, max_size=80)
        ),
        consent=st.sampled_from(Consent.values),
        display_name=st.text(any_character, max_size=20),
    )
)
@example(data={})
@example(data={"rating": "5", "text": "Спасибо", "consent": Consent.ANONYMOUS})
@example(data={"rating": "5", "text": "Спасибо\x00", "consent": Consent.ANONYMOUS})
@example(data={"rating": "5", "text": "Спасибо", "consent": Consent.NAMED, "display_name": "Айгуль\x00"})
def test_feedback_form(client, attendee, data):
    with rolled_back():
        response = client.post(feedback_url(attendee), data)

        assert_no_server_error(response)
        event("saved" if Feedback.objects.exists() else "rejected")
        if Feedback.objects.exists():
            assert "\x00" not in sent_text(data, "text", "display_name")
            assert response.status_code == 200
            assert "Thank you for your feedback" in response.content.decode()
            assert Feedback.objects.get().text == posted(data, "text").strip()
        else:
            assert_form_shown_again_with_a_message(response)


# The voucher field at the checkout of a paid course

VOUCHER_CODE = "COMMUNITY2031"


@pytest.fixture
def checkout(client):
    course = paid_course()
    VoucherFactory(code=VOUCHER_CODE, percent_off=50, max_uses=100)
    client.force_login(UserFactory())
    return reverse("learning:checkout", args=[course.pk])


@FUZZ
@given(
    data=form_data(
        voucher_code=st.sampled_from(["", VOUCHER_CODE, " community2031 ", "COMMUNITY2031\x00"]),
        variant=st.sampled_from([variant for variant, _label in payment_choices()]),
        apply_voucher=st.just("1"),
    )
)
@example(data={})
@example(data={"voucher_code": "\x00", "variant": "bank_transfer"})
def test_voucher_field_at_checkout(client, checkout, data):
    with rolled_back():
        response = client.post(checkout, data)

        assert_no_server_error(response)
        event("saved" if Order.objects.exists() else "rejected")
        if Order.objects.exists():
            assert response.status_code == 303
            assert posted(data, "voucher_code").strip().upper() in ("", VOUCHER_CODE)
        else:
            assert not Enrolment.objects.exists()
            assert_form_shown_again_with_a_message(response)


# Search


@FUZZ
@given(query=st.one_of(hostile_text, st.lists(hostile_text, min_size=2, max_size=3)), page=hostile_text)
@example(query="Birge\x00", page="1")
@example(query="права", page="\x00")
def test_search(client, query, page):
    response = client.get("/en/search/", {"q": query, "page": page})

    assert_no_server_error(response)
    assert response.status_code == 200


def test_a_search_with_a_null_character_says_it_cannot_be_searched(client):
    response = client.get("/en/search/", {"q": "Birge\x00"})

    assert response.status_code == 200
    assert "cannot be searched" in response.content.decode()


@FUZZ
@given(params=form_data(city=st.just("osh"), type=hostile_text, language=st.just("ru"), page=hostile_text))
def test_event_list_filters(client, event_page, params):
    response = client.get(event_page.get_parent().url, params)

    assert_no_server_error(response)
    assert response.status_code == 200


# NUL characters: PostgreSQL cannot store them, so each form refuses them with a message


def test_a_nul_character_in_the_sign_up_email_is_refused_with_a_message(client):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "aida\x00@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert NUL_MESSAGE in response.content.decode()
    assert not User.objects.exists()


def test_a_nul_character_in_an_event_sign_up_is_refused_with_a_message(client, event_page):
    response = client.post(sign_up_url(event_page), {"name": "Aida\x00", "email": "aida@example.org"})

    with translation.override("ru"):  # the event page is Russian, and so are Django's own messages on it
        assert escape(gettext(NUL_MESSAGE)) in response.content.decode()
    assert not Registration.objects.exists()


def test_a_nul_character_in_feedback_is_refused_with_a_message(client, attendee):
    response = client.post(
        feedback_url(attendee), {"rating": "5", "text": "Спасибо\x00", "consent": Consent.ANONYMOUS}
    )

    assert NUL_MESSAGE in response.content.decode()
    assert not Feedback.objects.exists()


def test_a_nul_character_in_a_voucher_code_is_refused_with_a_message(client, checkout):
    response = client.post(checkout, {"voucher_code": "COMMUNITY2031\x00", "variant": "bank_transfer"})

    with translation.override("ru"):  # the checkout is at the site's default (Russian) address
        assert escape(gettext(NUL_MESSAGE)) in response.content.decode()
    assert not Order.objects.exists()
