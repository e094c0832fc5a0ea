"""What production insists on, as rules over the settings: production refuses to start on a broken one
(website/settings/production.py) and `manage.py check --deploy` names each (website/core/checks.py).

This module reads plain values only, so the settings can import it before Django is set up.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

# Email backends that deliver nothing: the console prints the messages (into the logs), the others keep
# them in memory or in files, or drop them.
UNDELIVERED_EMAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}  # nosec B104 # addresses refused, not bound
TEST_PAYMENT_PROVIDER = "payments.dummy.DummyProvider"
PAYPAL_SANDBOX_HOST = "api.sandbox.paypal.com"


@dataclass(frozen=True)
class Rule:
    id: str
    setting: str
    hint: str
    problem: object
    refuses_start: bool = True


def payment_test_mode_problem(values):
    test_providers = [
        variant
        for variant, (provider, _config) in values.get("PAYMENT_VARIANTS", {}).items()
        if provider == TEST_PAYMENT_PROVIDER
    ]
    if values.get("PAYMENT_TEST_MODE") or test_providers:
        return "the test payment provider is on: anyone could enrol in a paid course without paying."
    return None


def email_problem(values):
    if values.get("EMAIL_BACKEND") not in UNDELIVERED_EMAIL_BACKENDS:
        return None
    if values.get("EMAIL_DISABLED_IN_PRODUCTION"):
        return None
    return "unset, or a backend that sends nothing: confirmations, reminders and password resets would never arrive."


def allowed_hosts_problem(values):
    if "*" in values.get("ALLOWED_HOSTS", []):
        return "'*' answers any Host header, which then appears in the links of the site's emails."
    return None


def stripe_test_key_problem(values):
    _provider, config = values.get("PAYMENT_VARIANTS", {}).get("stripe", (None, {}))
    if str(config.get("api_key", "")).startswith(("sk_test_", "rk_test_")):
        return "a Stripe test key: test cards would pay for courses with money that does not exist."
    return None


def paypal_sandbox_problem(values):
    _provider, config = values.get("PAYMENT_VARIANTS", {}).get("paypal", (None, {}))
    if config and urlsplit(config.get("endpoint", "")).hostname == PAYPAL_SANDBOX_HOST:
        return "PayPal's sandbox: sandbox accounts would pay for courses with money that does not exist."
    return None


def site_base_url_problem(values):
    address = urlsplit(values.get("SITE_BASE_URL", ""))
    if address.scheme != "https" or address.hostname in LOCAL_HOSTS:
        return "not a public https:// address: links in emails and payment return addresses would break."
    return None


def stripe_webhook_secret_problem(values):
    _provider, config = values.get("PAYMENT_VARIANTS", {}).get("stripe", (None, {}))
    if config and not config.get("endpoint_secret"):
        return "Stripe without STRIPE_ENDPOINT_SECRET: its payment notifications cannot be verified."
    return None


RULES = [
    Rule(
        "core.E003",
        "PAYMENT_TEST_MODE",
        "Unset PAYMENT_TEST_MODE; configure Stripe or PayPal, or let learners pay by bank transfer.",
        payment_test_mode_problem,
    ),
    Rule(
        "core.E004",
        "EMAIL_URL",
        "Set EMAIL_URL, e.g. smtp+tls://user:password@smtp.example.org:587, or, to run without any "
        "email on purpose, EMAIL_DISABLED_IN_PRODUCTION=true.",
        email_problem,
    ),
    Rule(
        "core.E005",
        "ALLOWED_HOSTS",
        "List the site's host names, comma-separated, e.g. birge.kg,www.birge.kg.",
        allowed_hosts_problem,
    ),
    Rule(
        "core.E006",
        "STRIPE_SECRET_KEY",
        "Use the live secret key (sk_live_...).",
        stripe_test_key_problem,
    ),
    Rule(
        "core.E007",
        "PAYPAL_ENDPOINT",
        "Set PAYPAL_ENDPOINT=https://api.paypal.com with live credentials.",
        paypal_sandbox_problem,
    ),
    Rule(
        "core.E008",
        "SITE_BASE_URL",
        "Set SITE_BASE_URL to the public address, e.g. https://birge.kg.",
        site_base_url_problem,
        refuses_start=False,
    ),
    Rule(
        "core.W001",
        "STRIPE_ENDPOINT_SECRET",
        "Copy the webhook's signing secret from Stripe's dashboard into STRIPE_ENDPOINT_SECRET.",
        stripe_webhook_secret_problem,
        refuses_start=False,
    ),
]


def broken_rules(values):
    """(rule, problem) for every rule the settings `values` (a mapping of names to values) break."""
    found = []
    for rule in RULES:
        problem = rule.problem(values)
        if problem:
            found.append((rule, problem))
    return found


def refusal(values):
    """The message production refuses to start with, or None when nothing that must hold is broken."""
    problems = [f"{rule.setting}: {problem}" for rule, problem in broken_rules(values) if rule.refuses_start]
    if not problems:
        return None
    return "Production cannot start: " + " ".join(problems)
