"""Encrypted fields at rest, beyond tests/website/core/test_encryption.py: the stored value is a Fernet token of the
configured key, reads through any query path raise on a wrong key, and rotation leaves every row readable."""

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from learning.factories import CohortFactory, ParticipantFactory
from learning.models import Participant
from website.core.encryption import DecryptionError

OLD_KEY = Fernet.generate_key().decode()
NEW_KEY = Fernet.generate_key().decode()
PHONES = [f"+99655500{number:04d}" for number in range(7)]


def stored_phones():
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, phone FROM learning_participant ORDER BY id")
        return dict(cursor.fetchall())


@pytest.mark.django_db
def test_the_stored_phone_is_a_token_only_the_configured_key_opens(settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    participant = ParticipantFactory(phone="+996555123456")

    stored = stored_phones()[participant.pk]

    assert "555123456" not in stored
    assert Fernet(OLD_KEY).decrypt(stored.encode()) == b"+996555123456"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "read",
    [
        lambda: list(Participant.objects.values_list("phone", flat=True)),
        lambda: list(Participant.objects.values("phone")),
        lambda: [participant.phone for participant in Participant.objects.only("phone")],
    ],
)
def test_every_way_of_reading_raises_with_a_wrong_key_instead_of_returning_ciphertext(settings, read):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    ParticipantFactory(phone="+996555123456")
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]

    with pytest.raises(DecryptionError):
        read()


@pytest.mark.django_db
def test_after_rotation_and_removing_the_old_key_every_row_still_decrypts(settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    cohort = CohortFactory()
    participants = {ParticipantFactory(cohort=cohort, phone=phone).pk: phone for phone in PHONES}
    before = stored_phones()

    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    call_command("rotate_encryption_keys", batch_size=3)
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]

    after = stored_phones()
    assert all(after[pk] != before[pk] for pk in participants)
    assert dict(Participant.objects.values_list("pk", "phone")) == participants
    assert all(Fernet(NEW_KEY).decrypt(token.encode()) for token in after.values())
