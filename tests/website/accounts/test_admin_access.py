from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group

from website.accounts.factories import PASSWORD, UserFactory
from website.accounts.services import activate_totp_for

from .conftest import sign_in, totp_code


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


@pytest.mark.django_db
def test_admin_login_redirects_to_the_site_sign_in_keeping_next(client):
    response = client.get("/admin/login/?next=/admin/pages/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == "/en/accounts/login/"
    assert parse_qs(location.query) == {"next": ["/admin/pages/"]}


@pytest.mark.django_db
def test_admin_login_ignores_a_next_pointing_to_another_site(client):
    response = client.get("/admin/login/?next=https://evil.example/", HTTP_ACCEPT_LANGUAGE="en")

    assert parse_qs(urlsplit(response["Location"]).query) == {"next": ["/admin/"]}


@pytest.mark.django_db
def test_an_anonymous_visit_to_the_admin_ends_on_the_site_sign_in(client):
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en", follow=True)

    assert response.redirect_chain[-1][0].startswith("/en/accounts/login/?next=")
    assert response.status_code == 200


@pytest.mark.django_db
def test_staff_without_a_second_factor_are_sent_to_enrol_one(client, staff):
    client.force_login(staff)

    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/totp/activate/"


@pytest.mark.django_db
def test_staff_enrol_totp_and_then_reach_the_admin(client, staff):
    sign_in(client, staff.email)
    page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert "Set up two-factor authentication before you use the administration area." in page.content.decode()

    # allauth asks for the password again before a second factor is added to an account.
    page = client.post(page.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
    assert page.redirect_chain[-1][0] == "/en/accounts/2fa/totp/activate/"
    secret = page.context["form"].secret
    response = client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})

    assert response["Location"] == "/en/accounts/2fa/recovery-codes/"
    codes_page = client.get(response["Location"])
    assert "Continue to the administration area" in codes_page.content.decode()
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_enrolled_staff_sign_in_with_password_and_code_and_reach_the_admin(client, staff):
    secret, _codes = activate_totp_for(staff)

    response = sign_in(client, staff.email)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert signed_in_user_id(client) is None
    assert client.get("/admin/").status_code == 302

    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})

    assert response.status_code == 302
    assert signed_in_user_id(client) == str(staff.pk)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_wrong_code_does_not_sign_staff_in(client, staff):
    activate_totp_for(staff)
    sign_in(client, staff.email)

    response = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})

    assert response.status_code == 200
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
def test_sign_out_from_the_admin_works(client, staff):
    activate_totp_for(staff)
    client.force_login(staff)

    response = client.post("/admin/logout/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/"
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
@pytest.mark.parametrize("in_editors_group", [False, True])
def test_people_who_are_not_staff_never_get_into_the_admin(client, in_editors_group):
    person = UserFactory()
    if in_editors_group:
        person.groups.add(Group.objects.get(name="Editors"))
    activate_totp_for(person)
    client.force_login(person)

    assert client.get("/admin/").status_code == 403
    assert client.get("/admin/pages/").status_code == 403


@pytest.mark.django_db
def test_the_admin_has_no_password_reset_of_its_own(client):
    """Resetting a password goes through the site's rate-limited form, which does not reveal accounts."""
    assert client.get("/admin/password_reset/", follow=True).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, heading",
    [("ru", "У вас нет доступа к этой странице"), ("ky", "Бул баракка кирүүгө укугуңуз жок")],
)
def test_a_signed_in_visitor_sent_to_the_admin_gets_the_sites_403_page_in_their_language(
    client, settings, language, heading
):
    settings.LOCALE_PATHS = [Path(settings.BASE_DIR) / "locale"]
    person = UserFactory(preferred_language=language)
    client.force_login(person)

    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 403
    content = response.content.decode()
    assert f'<html lang="{language}">' in content
    assert heading in content
    assert f'href="/{language}/"' in content
