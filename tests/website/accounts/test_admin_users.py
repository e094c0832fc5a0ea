import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from website.accounts.factories import UserFactory
from website.accounts.services import activate_totp_for

User = get_user_model()
NEW_PASSWORD = "a long enough pass phrase 42"


@pytest.fixture
def administrator(client):
    """A member of the Administrators group (not a superuser), signed in with a second factor."""
    person = UserFactory(email="admin@example.org", is_staff=True)
    person.groups.add(Group.objects.get(name="Administrators"))
    activate_totp_for(person)
    client.force_login(person)
    return person


@pytest.mark.django_db
def test_an_administrator_adds_an_editor_in_the_admin(client, administrator):
    editors = Group.objects.get(name="Editors")
    form = client.get("/admin/users/new/")
    assert form.status_code == 200
    assert 'name="display_name"' in form.content.decode()
    assert 'name="first_name"' not in form.content.decode()

    response = client.post(
        "/admin/users/new/",
        {
            "email": "zhanna@example.org",
            "display_name": "Zhanna",
            "preferred_language": "ky",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "is_staff": "on",
            "groups": [editors.pk],
        },
    )

    assert response.status_code == 302
    editor = User.objects.get(email="zhanna@example.org")
    assert (editor.display_name, editor.preferred_language, editor.is_staff) == ("Zhanna", "ky", True)
    assert list(editor.groups.all()) == [editors]
    assert not editor.is_superuser


@pytest.mark.django_db
def test_an_administrator_edits_a_person_in_the_admin(client, administrator):
    person = UserFactory(email="learner@example.org", display_name="Old name")

    response = client.post(
        f"/admin/users/edit/{person.pk}/",
        {"email": person.email, "display_name": "New name", "preferred_language": "en", "is_active": "on"},
    )

    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.display_name, person.preferred_language, person.is_staff) == ("New name", "en", False)


@pytest.mark.django_db
def test_an_editor_cannot_manage_users(client):
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    activate_totp_for(editor)
    client.force_login(editor)

    response = client.get("/admin/users/new/")

    assert response.status_code == 302
    assert not User.objects.filter(email="zhanna@example.org").exists()
