"""The production settings, loaded in a process of their own with the environment production needs."""

import json
import os
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from django.conf import settings

PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "proxy_header": settings.SECURE_PROXY_SSL_HEADER,
    "hsts": settings.SECURE_HSTS_SECONDS,
    "csp": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].get("upgrade-insecure-requests", False),
    "session_cookie": [settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY],
    "csrf_cookie": [settings.CSRF_COOKIE_SECURE, settings.CSRF_COOKIE_HTTPONLY],
}))
"""


def run_with_production_settings(*args, **extra_env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "TRUST_", "PYTEST"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=Fernet.generate_key().decode() * 2,
        FIELD_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        ALLOWED_HOSTS="birge.example.org",
        SITE_BASE_URL="https://birge.example.org",
        DATABASE_URL="sqlite:///:memory:",
        **extra_env,
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def production_settings(**extra_env):
    result = run_with_production_settings("shell", "--no-imports", "-c", PRINT_SETTINGS, **extra_env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_deployment_check_finds_nothing_to_warn_about():
    result = run_with_production_settings("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_insists_on_https_and_script_free_cookies():
    values = production_settings()

    assert values["hsts"] >= 60 * 60 * 24 * 365
    assert values["csp"] is True
    assert values["session_cookie"] == [True, True]
    assert values["csrf_cookie"] == [True, True]


@pytest.mark.parametrize(("trusted", "header"), [("", None), ("true", ["HTTP_X_FORWARDED_PROTO", "https"])])
def test_the_proxy_header_is_trusted_only_when_asked(trusted, header):
    extra = {"TRUST_PROXY_SSL_HEADER": trusted} if trusted else {}

    assert production_settings(**extra)["proxy_header"] == header
