"""A form sent without its security token: a page in the site's style that says what to do, not Django's bare one."""

import pytest
from django.test import Client

from tests.events.public_site import text_of


@pytest.mark.django_db
def test_a_form_sent_without_its_token_says_it_expired_and_to_try_again(public_pages):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/en/accounts/login/", {"login": "aida@example.org", "password": "secret"})

    page = text_of(response)
    assert response.status_code == 403
    assert "Your form has expired" in page
    assert "Go back, reload the page and try again." in page
    assert "Skip to content" in page
    assert "CSRF verification failed" not in page
    assert "_auth_user_id" not in client.session
