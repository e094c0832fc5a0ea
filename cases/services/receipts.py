"""Receipt codes: the reporter's only way back to their case. Only a keyed digest of a code is stored.

A code is 16 characters from Crockford's base32 alphabet (80 random bits), shown in four groups of four.
Reading it back forgives what people mistype: case, spaces and dashes, O for 0, I and L for 1, and
Cyrillic letters that look like Latin ones (a Kyrgyz or Russian keyboard).
"""

import secrets

from django.conf import settings
from django.utils.crypto import salted_hmac

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 4
GROUP_LENGTH = 4
CODE_LENGTH = GROUPS * GROUP_LENGTH
DIGEST_SALT = "cases.receipt-code"
LOOK_ALIKES = str.maketrans(
    {
        "O": "0",
        "I": "1",
        "L": "1",
        "А": "A",
        "В": "B",
        "Е": "E",
        "З": "3",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "0",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "У": "Y",
        "Х": "X",
    }
)


def new_receipt_code():
    """A fresh code, grouped for reading aloud and writing down: "7KQ2-M9XD-4HRT-0BWZ"."""
    characters = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(characters[i : i + GROUP_LENGTH] for i in range(0, CODE_LENGTH, GROUP_LENGTH))


def normalised(code):
    """The code's 16 characters as generated, or "" when what was typed cannot be a code."""
    characters = "".join(code.split()).replace("-", "").upper().translate(LOOK_ALIKES)
    if len(characters) != CODE_LENGTH or any(character not in ALPHABET for character in characters):
        return ""
    return characters


def digest(code, secret=None):
    """The stored form of a code: HMAC-SHA256 keyed with a secret derived from SECRET_KEY."""
    return salted_hmac(DIGEST_SALT, normalised(code), secret=secret, algorithm="sha256").hexdigest()


def candidate_digests(code):
    """The digests a code may be stored under: with SECRET_KEY, then each of SECRET_KEY_FALLBACKS (key rotation)."""
    if not normalised(code):
        return []
    secrets_in_use = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return [digest(code, secret) for secret in secrets_in_use]
