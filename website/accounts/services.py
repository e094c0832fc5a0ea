"""Account rules: second-factor enrolment for staff, a person's data export, and deleting an account."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import decrypt, is_mfa_enabled
from django.db import transaction
from django.utils import timezone

from website.core.audit import record
from website.core.personal_data import isoformat, personal_data_sources


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
        secret = decrypt(existing.data["secret"])
    codes = RecoveryCodes.activate(user)
    return secret, codes.get_unused_codes()


def export_personal_data(user, actor=None):
    """Everything this site holds about a person, as JSON-ready data; leaves an audit entry (never the values).

    Besides the account, one section per personal data source the apps register (website.core.personal_data).
    """
    data = {"exported_at": timezone.now().isoformat(), "account": account_data(user)}
    data.update((source.key, source.export(user)) for source in personal_data_sources())
    record(actor or user, "export_personal_data", user)
    return data


def account_data(user):
    return {
        "email": user.email,
        "display_name": user.display_name,
        "preferred_language": user.preferred_language,
        "date_joined": isoformat(user.date_joined),
        "last_login": isoformat(user.last_login),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "two_factor_authentication": is_mfa_enabled(user),
    }


@transaction.atomic
def delete_account(user):
    """Delete a person and their personal data.

    Every personal data source the apps register erases its part first (see each app's
    services/personal_data.py); the email addresses and second factors go with the account.
    """
    for source in personal_data_sources():
        source.erase(user)
    record(user, "delete_account", user)
    user.delete()
