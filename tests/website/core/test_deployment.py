"""`manage.py check --deploy` names every setting production insists on (website/core/deployment.py)."""

import pytest
from django.core.checks import Tags, run_checks

PRODUCTION_LIKE = {
    "PAYMENT_TEST_MODE": False,
    "PAYMENT_VARIANTS": {},
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_DISABLED_IN_PRODUCTION": False,
    "ALLOWED_HOSTS": ["birge.example.org"],
    "SITE_BASE_URL": "https://birge.example.org",
}
STRIPE = "payments.stripe.StripeProviderV3"
PAYPAL = "payments.paypal.PaypalProvider"


def deployment_findings():
    return {
        message.id: message.msg
        for message in run_checks(include_deployment_checks=True, tags=[Tags.security])
        if message.id.startswith("core.")
    }


@pytest.fixture
def production_like(settings):
    for name, value in PRODUCTION_LIKE.items():
        setattr(settings, name, value)
    return settings


def test_a_production_like_configuration_passes(production_like):
    assert deployment_findings() == {}


def test_the_test_settings_fail_on_every_dev_convenience():
    findings = deployment_findings()

    assert findings["core.E003"].startswith("PAYMENT_TEST_MODE:")
    assert findings["core.E004"].startswith("EMAIL_URL:")
    assert findings["core.E005"].startswith("ALLOWED_HOSTS:")
    assert findings["core.E008"].startswith("SITE_BASE_URL:")


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ({"PAYMENT_VARIANTS": {"test": ("payments.dummy.DummyProvider", {})}}, "core.E003"),
        ({"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}, "core.E004"),
        ({"ALLOWED_HOSTS": ["birge.example.org", "*"]}, "core.E005"),
        (
            {
                "PAYMENT_VARIANTS": {
                    "stripe": (STRIPE, {"api_key": "sk_test_1", "endpoint_secret": "whsec_1"})
                }
            },
            "core.E006",
        ),
        (
            {"PAYMENT_VARIANTS": {"paypal": (PAYPAL, {"endpoint": "https://api.sandbox.paypal.com"})}},
            "core.E007",
        ),
        ({"SITE_BASE_URL": "https://localhost"}, "core.E008"),
        (
            {"PAYMENT_VARIANTS": {"stripe": (STRIPE, {"api_key": "sk_live_1", "endpoint_secret": None})}},
            "core.W001",
        ),
    ],
)
def test_each_broken_setting_is_named(production_like, override, expected):
    for name, value in override.items():
        setattr(production_like, name, value)

    assert list(deployment_findings()) == [expected]


def test_email_left_out_on_purpose_passes(production_like):
    production_like.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    production_like.EMAIL_DISABLED_IN_PRODUCTION = True

    assert deployment_findings() == {}
