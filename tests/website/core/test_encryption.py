import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.core.management.base import CommandError, SystemCheckError
from django.db import connection

from learning.factories import ParticipantFactory
from learning.models import Cohort, Participant
from website.core.checks import check_field_encryption_keys
from website.core.encryption import DecryptionError

OLD_KEY = Fernet.generate_key().decode()
NEW_KEY = Fernet.generate_key().decode()


def stored_value(table, column, pk):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


@pytest.fixture
def old_key(settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]


@pytest.mark.django_db
def test_phone_and_trainer_notes_are_ciphertext_in_the_database():
    participant = ParticipantFactory(phone="+996555123456")
    participant.cohort.trainer_notes = "Needs a quiet room"
    participant.cohort.save()

    raw_phone = stored_value("learning_participant", "phone", participant.pk)
    raw_notes = stored_value("learning_cohort", "trainer_notes", participant.cohort.pk)

    assert "555123456" not in raw_phone
    assert "quiet" not in raw_notes
    assert Participant.objects.get(pk=participant.pk).phone == "+996555123456"
    assert Cohort.objects.get(pk=participant.cohort.pk).trainer_notes == "Needs a quiet room"


@pytest.mark.django_db
def test_reading_with_a_wrong_key_raises(settings, old_key):
    participant = ParticipantFactory(phone="+996555123456")

    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]

    with pytest.raises(DecryptionError):
        Participant.objects.get(pk=participant.pk)


@pytest.mark.django_db
def test_rotation_lets_the_old_key_be_removed(settings, old_key, capsys):
    participant = ParticipantFactory(phone="+996555123456")
    cohort = participant.cohort
    cohort.trainer_notes = "Session two moved to Friday"
    cohort.save()
    ParticipantFactory(cohort=cohort, phone="")
    before = stored_value("learning_participant", "phone", participant.pk)

    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    call_command("rotate_encryption_keys", batch_size=1)
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]

    output = capsys.readouterr().out
    assert "learning.Participant.phone: 1 value(s) re-encrypted" in output
    assert "learning.Cohort.trainer_notes: 1 value(s) re-encrypted" in output
    assert stored_value("learning_participant", "phone", participant.pk) != before
    assert Participant.objects.get(pk=participant.pk).phone == "+996555123456"
    assert Cohort.objects.get(pk=cohort.pk).trainer_notes == "Session two moved to Friday"


@pytest.mark.django_db
def test_rotation_changes_nothing_when_a_value_cannot_be_opened(settings):
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]
    readable = ParticipantFactory(phone="+996555123456")
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    ParticipantFactory(cohort=readable.cohort, phone="+996700123456")
    before = stored_value("learning_participant", "phone", readable.pk)

    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]
    with pytest.raises(CommandError, match="Nothing was changed"):
        call_command("rotate_encryption_keys")

    assert stored_value("learning_participant", "phone", readable.pk) == before


def test_generate_encryption_key_prints_a_usable_key(capsys):
    call_command("generate_encryption_key")

    key = capsys.readouterr().out.strip()
    assert Fernet(key).decrypt(Fernet(key).encrypt(b"ok")) == b"ok"


def test_a_malformed_key_is_a_start_up_error(settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY, "not-a-key"]

    (error,) = check_field_encryption_keys(None)

    assert error.id == "core.E001"
    assert "FIELD_ENCRYPTION_KEYS" in error.msg
    assert "position 2" in error.msg


def test_well_formed_keys_pass_the_check(settings):
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]

    assert check_field_encryption_keys(None) == []


def test_the_check_runs_with_the_project_checks(settings):
    settings.FIELD_ENCRYPTION_KEYS = ["short"]

    with pytest.raises(SystemCheckError, match="FIELD_ENCRYPTION_KEYS"):
        call_command("check")
