from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from .deployment import RULES
from .encryption import malformed_keys


@register()
def check_field_encryption_keys(app_configs, **kwargs):
    """Stop start-up when FIELD_ENCRYPTION_KEYS holds a value that is not a Fernet key."""
    positions = malformed_keys(getattr(settings, "FIELD_ENCRYPTION_KEYS", []))
    if not positions:
        return []
    return [
        Error(
            f"FIELD_ENCRYPTION_KEYS: key(s) at position {', '.join(map(str, positions))} "
            "are not Fernet keys (32 url-safe base64-encoded bytes).",
            hint="Generate one with `manage.py generate_encryption_key`.",
            id="core.E001",
        )
    ]


@register()
def check_personal_data_retention(app_configs, **kwargs):
    """Stop start-up when the retention period would anonymise people before their event is over."""
    if getattr(settings, "PERSONAL_DATA_RETENTION_MONTHS", 1) >= 1:
        return []
    return [
        Error(
            "PERSONAL_DATA_RETENTION_MONTHS must be at least 1.",
            hint="Registrations and cohort participants are anonymised this many months after the end.",
            id="core.E002",
        )
    ]


class ConfiguredSettings:
    """The settings as the mapping the deployment rules read (they only call .get)."""

    def get(self, name, default=None):
        return getattr(settings, name, default)


def deployment_check(rule):
    """A `check --deploy` check naming the setting that production insists on (website/core/deployment.py)."""
    level = Error if rule.id.startswith("core.E") else Warning

    def check(app_configs, **kwargs):
        problem = rule.problem(ConfiguredSettings())
        return [level(f"{rule.setting}: {problem}", hint=rule.hint, id=rule.id)] if problem else []

    check.__name__ = f"check_{rule.setting.lower()}_for_production"
    return register(check, Tags.security, deploy=True)


for deployment_rule in RULES:
    deployment_check(deployment_rule)
