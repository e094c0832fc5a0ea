import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

from website.accounts.factories import PASSWORD, StaffFactory, UserFactory


def totp_code(secret):
    """The code an authenticator app shows right now for this secret."""
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def sign_in(client, email, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": PASSWORD})


@pytest.fixture
def person(db):
    return UserFactory(email="aigul@example.org", display_name="Aigul", preferred_language="ru")


@pytest.fixture
def staff(db):
    return StaffFactory(email="editor@example.org", preferred_language="en")
