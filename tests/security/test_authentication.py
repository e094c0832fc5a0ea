"""Sign-in hardening: rate limits, no account enumeration, second factor for staff, idle timeouts,
and a password change ending the other sessions."""

import pytest
from django.core.cache import cache
from django.test import Client

from tests.website.site_tree import build_site_tree
from website.accounts.factories import PASSWORD, StaffFactory, UserFactory
from website.accounts.middleware import LAST_SEEN_KEY, now_seconds
from website.settings import base

LOGIN = "/en/accounts/login/"
NEW_PASSWORD = "a brand new phrase 7"


def is_signed_in(client):
    return "_auth_user_id" in client.session


def signed_in_client(email):
    client = Client()
    response = client.post(LOGIN, {"login": email, "password": PASSWORD})
    assert response.status_code == 302
    return client


@pytest.fixture
def production_rate_limits(settings):
    """The test settings switch rate limits off; these tests use the ones production runs with."""
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_the_sixth_bad_sign_in_in_a_row_is_refused_even_with_the_right_password(
    client, production_rate_limits
):
    person = UserFactory(email="aigul@example.org")
    for _attempt in range(5):
        wrong = client.post(LOGIN, {"login": person.email, "password": "guess"})
        assert "The email address and/or password you specified are not correct." in wrong.content.decode()

    sixth = client.post(LOGIN, {"login": person.email, "password": PASSWORD})

    assert "Too many failed login attempts. Try again later." in sixth.content.decode()
    assert not is_signed_in(client)


@pytest.mark.django_db
def test_a_wrong_password_and_an_unknown_address_get_the_same_answer(client):
    UserFactory(email="aigul@example.org")

    wrong_password = client.post(LOGIN, {"login": "aigul@example.org", "password": "guess"})
    unknown_address = client.post(LOGIN, {"login": "nobody@example.org", "password": "guess"})

    assert wrong_password.status_code == unknown_address.status_code == 200
    assert wrong_password.context["form"].errors == unknown_address.context["form"].errors


@pytest.mark.django_db
@pytest.mark.parametrize("superuser", [False, True])
def test_no_staff_member_reaches_the_admin_without_a_second_factor(client, superuser):
    staff = StaffFactory(is_superuser=superuser)
    client.force_login(staff)

    response = client.get("/admin/pages/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/totp/activate/"


def idle_for(client, seconds):
    """Pretend the client's last request was `seconds` ago."""
    session = client.session
    session[LAST_SEEN_KEY] = now_seconds() - seconds
    session.save()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("is_staff", "idle_minutes", "signed_out"),
    [
        (True, 29, False),
        (True, 31, True),
        (False, 31, False),
        (False, 24 * 60 - 1, False),
        (False, 24 * 60 + 1, True),
    ],
)
def test_an_idle_session_ends_after_its_timeout_shorter_for_staff(client, is_staff, idle_minutes, signed_out):
    person = UserFactory(is_staff=is_staff)
    client.force_login(person)
    idle_for(client, idle_minutes * 60)

    response = client.get("/en/accounts/profile/", follow=True)

    assert is_signed_in(client) is not signed_out
    if signed_out:
        assert response.redirect_chain[-1][0] == "/en/accounts/login/?next=/en/accounts/profile/"
        assert "You were signed out after a period of inactivity." in response.content.decode()


@pytest.mark.django_db
def test_after_an_idle_timeout_a_public_page_still_opens_for_the_visitor(client):
    build_site_tree()
    client.force_login(UserFactory())
    idle_for(client, 24 * 60 * 60 + 60)

    response = client.get("/en/", follow=True)

    assert response.redirect_chain == []
    assert response.status_code == 200
    assert not is_signed_in(client)
    assert "You were signed out after a period of inactivity." in response.content.decode()


@pytest.mark.django_db
def test_the_idle_timeouts_come_from_the_settings(client, settings):
    settings.IDLE_TIMEOUT_SECONDS = 10 * 60
    client.force_login(UserFactory())
    idle_for(client, 11 * 60)

    client.get("/en/accounts/profile/")

    assert not is_signed_in(client)


@pytest.mark.django_db
def test_each_request_keeps_an_active_session_alive(client):
    client.force_login(UserFactory(is_staff=True))
    idle_for(client, 20 * 60)
    client.get("/en/accounts/profile/")

    session = client.session
    session[LAST_SEEN_KEY] -= 20 * 60
    session.save()
    client.get("/en/accounts/profile/")

    assert is_signed_in(client)


@pytest.mark.django_db
def test_changing_the_password_ends_every_session_of_that_person(django_capture_on_commit_callbacks):
    person = UserFactory(email="aigul@example.org")
    laptop = signed_in_client(person.email)
    phone = signed_in_client(person.email)
    someone_else = signed_in_client(UserFactory().email)

    with django_capture_on_commit_callbacks(execute=True):
        laptop.post(
            "/en/accounts/password/change/",
            {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        )

    assert phone.get("/en/accounts/profile/").status_code == 302
    assert not is_signed_in(phone)
    assert not is_signed_in(laptop)
    assert someone_else.get("/en/accounts/profile/").status_code == 200


@pytest.mark.django_db
def test_resetting_the_password_ends_every_session_of_that_person(
    mailoutbox, django_capture_on_commit_callbacks
):
    person = UserFactory(email="aigul@example.org")
    phone = signed_in_client(person.email)
    with django_capture_on_commit_callbacks(execute=True):
        Client().post("/en/accounts/password/reset/", {"email": person.email})
    reset_link = next(word for word in mailoutbox[0].body.split() if "/password/reset/key/" in word)
    stranger = Client()
    form = stranger.get(reset_link, follow=True)

    stranger.post(form.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert phone.get("/en/accounts/profile/").status_code == 302
    assert not is_signed_in(phone)
