"""Encryption at rest for sensitive fields, with keys kept apart from SECRET_KEY (FIELD_ENCRYPTION_KEYS).

The first key encrypts; every key decrypts, so a new key can be put first and old rows re-encrypted
with `manage.py rotate_encryption_keys`. A value no configured key can open raises DecryptionError.
"""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


class DecryptionError(Exception):
    """A stored value cannot be decrypted with any of the configured keys."""


@lru_cache(maxsize=4)
def _fernet_for(keys):
    if not keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS is empty: set at least one Fernet key.")
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS holds a value that is not a Fernet key (32 url-safe base64-encoded bytes)."
        ) from error


def fernet():
    return _fernet_for(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(plaintext):
    return fernet().encrypt(plaintext.encode()).decode()


def decrypt(token):
    try:
        return fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise DecryptionError("No key in FIELD_ENCRYPTION_KEYS opens this value.") from error


def rotate(token):
    """Re-encrypt a stored value with the first (newest) key."""
    try:
        return fernet().rotate(token.encode()).decode()
    except InvalidToken as error:
        raise DecryptionError("No key in FIELD_ENCRYPTION_KEYS opens this value.") from error


class EncryptedTextField(models.TextField):
    """A text field stored encrypted; it cannot be searched or filtered on by value."""

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return encrypt(value)
