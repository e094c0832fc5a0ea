from django.conf import settings
from django.core.checks import Error, register

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
