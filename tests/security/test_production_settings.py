"""The production settings, loaded in a process of their own with the environment production needs."""

import pytest

from .production import production_payment_variants, production_values, run_with_production_settings

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


def production_settings(**extra_env):
    return production_values(PRINT_SETTINGS, **extra_env)


def test_the_deployment_check_finds_nothing_to_warn_about():
    result = run_with_production_settings("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_has_no_demo_content_to_load():
    result = run_with_production_settings("load_demo")

    assert result.returncode != 0
    assert "Unknown command: 'load_demo'" in result.stderr


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


def assert_refused(result, setting):
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"{setting}:" in result.stderr


def test_production_refuses_to_start_with_the_test_payment_provider():
    result = run_with_production_settings("check", PAYMENT_TEST_MODE="true")

    assert_refused(result, "PAYMENT_TEST_MODE")


@pytest.mark.parametrize("email_url", [None, "consolemail://", "dummymail://"])
def test_production_refuses_to_start_with_email_that_goes_nowhere(email_url):
    result = run_with_production_settings("check", EMAIL_URL=email_url)

    assert_refused(result, "EMAIL_URL")


def test_production_runs_without_email_only_when_told_and_then_writes_no_message_to_the_logs():
    values = production_values(
        "import json; from django.conf import settings; print(json.dumps(settings.EMAIL_BACKEND))",
        EMAIL_URL=None,
        EMAIL_DISABLED_IN_PRODUCTION="true",
    )

    assert values == "django.core.mail.backends.dummy.EmailBackend"


@pytest.mark.parametrize(
    ("environment", "setting"),
    [
        ({"ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS"),
        ({"STRIPE_SECRET_KEY": "sk_test_51Birge", "STRIPE_ENDPOINT_SECRET": "whsec_1"}, "STRIPE_SECRET_KEY"),
        ({"PAYPAL_CLIENT_ID": "birge", "PAYPAL_SECRET": "secret"}, "PAYPAL_ENDPOINT"),
    ],
)
def test_production_refuses_to_start_with_a_wildcard_host_or_play_money(environment, setting):
    assert_refused(run_with_production_settings("check", **environment), setting)


@pytest.mark.parametrize(
    ("environment", "variants"),
    [
        ({}, []),
        ({"STRIPE_SECRET_KEY": "sk_live_51Birge", "STRIPE_ENDPOINT_SECRET": "whsec_1"}, ["stripe"]),
    ],
)
def test_production_has_no_test_payment_provider(environment, variants):
    assert list(production_payment_variants(**environment)) == variants


def test_the_deployment_check_names_the_site_address_that_is_not_public_https():
    result = run_with_production_settings("check", "--deploy", SITE_BASE_URL="http://127.0.0.1:8000")

    assert result.returncode != 0
    assert "core.E008" in result.stderr
