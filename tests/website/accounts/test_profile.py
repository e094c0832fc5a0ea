import pytest

from website.accounts.factories import UserFactory


@pytest.mark.django_db
def test_profile_needs_a_signed_in_person(client):
    response = client.get("/en/accounts/profile/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


@pytest.mark.django_db
def test_a_person_changes_their_pseudonym_and_the_language_of_their_emails(client, person):
    client.force_login(person)

    response = client.post(
        "/en/accounts/profile/", {"display_name": "Bakyt", "preferred_language": "ky"}, follow=True
    )

    person.refresh_from_db()
    assert (person.display_name, person.preferred_language) == ("Bakyt", "ky")
    assert "Your profile has been saved." in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_language_is_refused_and_nothing_changes(client, person):
    client.force_login(person)

    response = client.post("/en/accounts/profile/", {"display_name": "Bakyt", "preferred_language": "de"})

    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    person.refresh_from_db()
    assert (person.display_name, person.preferred_language) == ("Aigul", "ru")


@pytest.mark.django_db
def test_the_profile_shows_only_the_signed_in_persons_details(client, person):
    other = UserFactory(email="someone.else@example.org")
    client.force_login(person)

    body = client.get("/en/accounts/profile/").content.decode()

    assert person.email in body
    assert other.email not in body


@pytest.mark.django_db
def test_a_name_the_certificate_could_not_show_is_refused_with_a_clear_message(client, person):
    client.force_login(person)

    response = client.post("/en/accounts/profile/", {"display_name": "Айгүл 🌈", "preferred_language": "ru"})

    assert response.status_code == 200
    assert "A certificate cannot show 🌈. Please write your name without them." in response.content.decode()
    person.refresh_from_db()
    assert person.display_name == "Aigul"


@pytest.mark.django_db
def test_kyrgyz_letters_and_symbols_the_certificate_can_show_are_kept(client, person):
    client.force_login(person)

    client.post("/en/accounts/profile/", {"display_name": "Үмүт ☺", "preferred_language": "ky"})

    person.refresh_from_db()
    assert person.display_name == "Үмүт ☺"
