"""Encryption at rest for sensitive fields, with keys kept apart from SECRET_KEY (FIELD_ENCRYPTION_KEYS).

The first key encrypts; every key decrypts, so a new key can be put first and old rows re-encrypted
with `manage.py rotate_encryption_keys`. A value no configured key can open raises DecryptionError.
"""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction


class DecryptionError(Exception):
    """A stored value cannot be decrypted with any of the configured keys."""


def generate_key():
    return Fernet.generate_key().decode()


def malformed_keys(keys):
    """Positions (1-based) of the keys that are not Fernet keys (32 url-safe base64-encoded bytes)."""
    positions = []
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except (ValueError, TypeError):
            positions.append(position)
    return positions


@lru_cache(maxsize=4)
def _fernet_for(keys):
    if not keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS is empty: set at least one Fernet key.")
    if malformed_keys(keys):
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS holds a value that is not a Fernet key (32 url-safe base64-encoded bytes)."
        )
    return MultiFernet([Fernet(key) for key in keys])


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


def encrypted_fields():
    """Every (model, [field names]) in the project that stores values with EncryptedTextField."""
    found = []
    for model in apps.get_models():
        names = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, EncryptedTextField) and field.model is model
        ]
        if names:
            found.append((model, names))
    return found


def rotate_stored_values(model, field_name, batch_size=500):
    """Re-encrypt one field's stored values with the first key; returns how many values were rewritten.

    The ciphertext is read and written as plain text (no decrypt-then-encrypt through the field), so
    MultiFernet.rotate keeps each value's original timestamp.
    """
    raw = models.ExpressionWrapper(models.F(field_name), output_field=models.TextField())
    rows = (
        model._base_manager.exclude(**{f"{field_name}__isnull": True})
        .annotate(stored_ciphertext=raw)
        .exclude(stored_ciphertext="")
        .order_by("pk")
        .values_list("pk", "stored_ciphertext")
    )
    rewritten = 0
    last_pk = None
    while True:
        batch = rows if last_pk is None else rows.filter(pk__gt=last_pk)
        batch = list(batch[:batch_size])
        if not batch:
            return rewritten
        for pk, token in batch:
            new_token = models.Value(rotate(token), output_field=models.TextField())
            model._base_manager.filter(pk=pk).update(**{field_name: new_token})
        rewritten += len(batch)
        last_pk = batch[-1][0]


@transaction.atomic
def rotate_all_stored_values(batch_size=500):
    """Re-encrypt every encrypted value in the project with the first key, all or nothing."""
    counts = {}
    for model, names in encrypted_fields():
        for name in names:
            counts[f"{model._meta.label}.{name}"] = rotate_stored_values(model, name, batch_size)
    return counts
