"""The production settings, loaded in a process of their own with the environment production needs."""

import json
import os
import subprocess
import sys

from cryptography.fernet import Fernet
from django.conf import settings

# Variables of the test run's own environment that would change what production decides.
CONTROLLED_PREFIXES = ("DJANGO_", "SECURE_", "TRUST_", "PYTEST", "EMAIL_", "PAYMENT_", "STRIPE_", "PAYPAL_")


def run_with_production_settings(*args, **extra_env):
    """`manage.py *args` on production settings; an extra variable given as None is left unset."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(CONTROLLED_PREFIXES)}
    environment.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=Fernet.generate_key().decode() * 2,
        FIELD_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        ALLOWED_HOSTS="birge.example.org",
        SITE_BASE_URL="https://birge.example.org",
        DATABASE_URL="sqlite:///:memory:",
        EMAIL_URL="smtp+tls://birge:secret@smtp.birge.example.org:587",
    )
    for key, value in extra_env.items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def production_values(script, **extra_env):
    """What `script` (run in `manage.py shell`) prints as JSON on production settings."""
    result = run_with_production_settings("shell", "--no-imports", "-c", script, **extra_env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def production_payment_variants(**extra_env):
    """PAYMENT_VARIANTS as production builds them from this environment."""
    return production_values(
        "import json; from django.conf import settings; print(json.dumps(settings.PAYMENT_VARIANTS))",
        **extra_env,
    )
