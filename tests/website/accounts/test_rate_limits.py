import pytest
from django.core.cache import cache

from website.accounts.factories import PASSWORD

ATTEMPTS = {
    "login": ("/en/accounts/login/", {"login": "aigul@example.org", "password": "guess"}),
    "signup": (
        "/en/accounts/signup/",
        {"email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD},
    ),
    "reset_password": ("/en/accounts/password/reset/", {"email": "aigul@example.org"}),
}


@pytest.fixture
def rate_limits(settings):
    """Test settings switch rate limits off; these tests switch them back on, two attempts a minute."""
    settings.ACCOUNT_RATE_LIMITS = {action: "2/m/ip" for action in ATTEMPTS}
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
@pytest.mark.parametrize("action", ATTEMPTS)
def test_the_third_attempt_in_a_minute_is_refused(client, person, rate_limits, action):
    url, data = ATTEMPTS[action]

    first, second, third = (client.post(url, data) for _attempt in range(3))

    assert first.status_code != 429
    assert second.status_code != 429
    assert third.status_code == 429
    assert "Too many attempts" in third.content.decode()


@pytest.mark.django_db
def test_the_limit_is_per_address_not_global(client, person, rate_limits):
    url, data = ATTEMPTS["login"]
    for _attempt in range(3):
        client.post(url, data, REMOTE_ADDR="10.0.0.1")

    assert client.post(url, data, REMOTE_ADDR="10.0.0.2").status_code == 200
