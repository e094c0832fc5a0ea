"""Account rules that more than one place needs: second-factor enrolment for staff."""

from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.db import transaction


@transaction.atomic
def activate_totp_for(user, secret=None):
    """Enrol TOTP (and recovery codes) for a user; returns the secret and the unused recovery codes.

    Used where a person cannot scan a QR code first, such as the demo administrator `make run` prints.
    """
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if existing is None:
        secret = secret or generate_totp_secret()
        TOTP.activate(user, secret)
    else:
        from allauth.mfa.utils import decrypt

        secret = decrypt(existing.data["secret"])
    codes = RecoveryCodes.activate(user)
    return secret, codes.get_unused_codes()
