import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from website.accounts.factories import PASSWORD, UserFactory

from .conftest import sign_in

User = get_user_model()
SIGN_UP = {"email": "nurlan@example.org", "password1": PASSWORD, "password2": PASSWORD}


def link_in(message, path_part):
    return re.search(rf"https?://\S+{path_part}\S*", message.body).group(0)


def is_signed_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.django_db
def test_sign_up_sends_a_verification_email_in_the_sign_up_language_and_its_link_confirms(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ru/accounts/signup/", SIGN_UP)

    assert response.status_code == 302
    assert response["Location"] == "/ru/accounts/confirm-email/"
    assert not is_signed_in(client)
    user = User.objects.get(email="nurlan@example.org")
    assert user.preferred_language == "ru"
    [message] = mailoutbox
    assert message.to == ["nurlan@example.org"]
    assert message.subject == "Birge: Пожалуйста, подтвердите Ваш адрес электронной почты"

    confirm_url = link_in(message, "/ru/accounts/confirm-email/")
    client.post(confirm_url)
    assert EmailAddress.objects.get(user=user).verified

    client.logout()
    response = sign_in(client, "nurlan@example.org", language="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/accounts/profile/"
    assert is_signed_in(client)


@pytest.mark.django_db
def test_an_existing_email_gets_the_same_answer_as_a_new_one_and_its_owner_a_notice(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    UserFactory(email="owner@example.org", preferred_language="ky")
    with django_capture_on_commit_callbacks(execute=True):
        new = client.post("/en/accounts/signup/", SIGN_UP)
        existing = client.post(
            "/en/accounts/signup/",
            {
                **SIGN_UP,
                "email": "owner@example.org",
                "password1": "another pass phrase 9",
                "password2": "another pass phrase 9",
            },
        )

    assert (existing.status_code, existing["Location"]) == (new.status_code, new["Location"])
    assert User.objects.filter(email__iexact="owner@example.org").count() == 1
    notice = next(message for message in mailoutbox if message.to == ["owner@example.org"])
    assert notice.subject == "Birge: Эсеп мурунтан эле бар"
    assert "/ky/accounts/password/reset/" in notice.body
    assert User.objects.get(email="owner@example.org").check_password(PASSWORD)


@pytest.mark.django_db
def test_sign_in_by_email_works_only_after_verification(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    unverified = UserFactory(email="new@example.org", email_verified=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_in(client, unverified.email)

    assert response["Location"] == "/en/accounts/confirm-email/"
    assert not is_signed_in(client)
    assert [message.to for message in mailoutbox] == [["new@example.org"]]

    EmailAddress.objects.filter(user=unverified).update(verified=True)
    response = sign_in(client, unverified.email)
    assert response["Location"] == "/en/accounts/profile/"
    assert is_signed_in(client)


@pytest.mark.django_db
def test_a_wrong_password_does_not_sign_in_and_says_so(client, person):
    response = client.post("/en/accounts/login/", {"login": person.email, "password": "wrong password"})

    assert response.status_code == 200
    assert not is_signed_in(client)
    assert "The email address and/or password you specified are not correct." in response.content.decode()


@pytest.mark.django_db
def test_password_reset_email_is_in_the_owners_language_whatever_the_page_language(
    client, person, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/password/reset/", {"email": person.email})

    assert response.status_code == 302
    [message] = mailoutbox
    assert message.subject == "Birge: Письмо для сброса пароля"
    reset_url = link_in(message, "/ru/accounts/password/reset/key/")
    response = client.get(reset_url, follow=True)
    response = client.post(
        response.redirect_chain[-1][0],
        {"password1": "a brand new phrase 7", "password2": "a brand new phrase 7"},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.check_password("a brand new phrase 7")


@pytest.mark.django_db
def test_sign_in_page_is_rendered_in_the_site_layout_and_translated(client):
    response = client.get("/ru/accounts/login/")

    body = response.content.decode()
    assert response.status_code == 200
    assert 'class="site-header"' in body
    assert re.search(r"<h1>\s*Войти\s*</h1>", body)


@pytest.mark.django_db
def test_sign_out_ends_the_session_and_says_so_on_the_next_page(client, person):
    client.force_login(person)

    response = client.post("/en/accounts/logout/", follow=True)

    assert not is_signed_in(client)
    assert "You have signed out." in response.content.decode()


@pytest.mark.django_db
def test_a_reset_for_an_unknown_address_is_answered_alike_in_the_page_language(
    client, person, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post("/ky/accounts/password/reset/", {"email": person.email})
        unknown = client.post("/ky/accounts/password/reset/", {"email": "nobody@example.org"})

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    notice = next(message for message in mailoutbox if message.to == ["nobody@example.org"])
    assert notice.subject == "Birge: Белгисиз эсеп"
    assert "/ky/accounts/signup/" in notice.body


@pytest.mark.django_db
def test_changing_the_password_signs_out_and_notifies_the_owner(
    client, person, mailoutbox, django_capture_on_commit_callbacks
):
    sign_in(client, person.email)
    new_password = "a brand new phrase 7"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/accounts/password/change/",
            {"oldpassword": PASSWORD, "password1": new_password, "password2": new_password},
        )

    assert response.status_code == 302
    assert not is_signed_in(client)
    person.refresh_from_db()
    assert person.check_password(new_password)
    [notice] = mailoutbox
    assert notice.to == [person.email]
    assert notice.subject == "Birge: Пароль Изменён"


@pytest.mark.django_db
def test_a_new_address_is_confirmed_in_the_owners_language(
    client, person, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(person)

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/email/", {"action_add": "", "email": "aigul.new@example.org"})

    confirmation = next(message for message in mailoutbox if message.to == ["aigul.new@example.org"])
    assert confirmation.subject == "Birge: Пожалуйста, подтвердите Ваш адрес электронной почты"
    assert "/ru/accounts/confirm-email/" in confirmation.body


@pytest.mark.django_db
def test_adding_an_address_of_another_account_is_answered_as_a_free_one(
    client, person, mailoutbox, django_capture_on_commit_callbacks
):
    """The profile's email form must not tell a signed-in person which addresses have an account."""
    UserFactory(email="owner@example.org")
    client.force_login(person)
    answers = {}
    for address in ("nobody.yet@example.org", "owner@example.org"):
        with django_capture_on_commit_callbacks(execute=True):
            posted = client.post("/en/accounts/email/", {"action_add": "", "email": address})
        page = client.get(posted["Location"]).content.decode()
        answers[address] = (posted.status_code, posted["Location"], page.count(address))

    assert answers["owner@example.org"] == answers["nobody.yet@example.org"]
    assert (
        EmailAddress.objects.get(email="owner@example.org", verified=True).user.email == "owner@example.org"
    )
