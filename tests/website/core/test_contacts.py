"""One check of a person's name, email and phone for every way people are added (sign-ups, organisers,
trainers, participant files)."""

import pytest
from django.utils import translation

from website.core.contacts import InvalidContact, clean_contact, stored_contacts

LONG_EMAIL = "a" * 243 + "@example.org"  # 255 characters: Django's validator allows it, the column does not


@pytest.mark.parametrize(
    ("name", "email", "phone", "reason"),
    [
        ("  ", "a@example.org", "", "A name or pseudonym is missing."),
        ("A" * 151, "a@example.org", "", "The name is longer than 150 characters."),
        ("Aida", "", "", "Give an email or a phone number: at least one way to reach the person."),
        ("Aida", "aida@", "", "The email address is not valid."),
        ("Aida", LONG_EMAIL, "", "The email address is not valid."),
        ("Aida", "", "555", "The phone number is not valid."),
        ("Aida", "", "call me maybe", "The phone number is not valid."),
    ],
)
def test_details_that_cannot_be_saved_say_why(name, email, phone, reason):
    with pytest.raises(InvalidContact) as error:
        clean_contact(name, email, phone)

    assert str(error.value.reason) == reason


def test_details_are_normalised_and_local_numbers_become_international():
    contact = clean_contact("  Aida   Sadykova ", " Aida@Example.ORG ", "0 (555) 12-34-56")

    assert (contact.name, contact.email, contact.phone) == (
        "Aida Sadykova",
        "aida@example.org",
        "+996555123456",
    )


def test_a_foreign_number_and_a_name_of_150_characters_are_accepted():
    contact = clean_contact("A" * 150, "", "+7 701 123 45 67")

    assert (len(contact.name), contact.email, contact.phone) == (150, "", "+77011234567")
    assert contact.contacts() == [("phone", "+77011234567")]


def test_a_caller_that_needs_an_email_says_why_once_the_name_is_fine():
    needs_email = "Give an email address so we can confirm your seat."

    with pytest.raises(InvalidContact) as missing_name:
        clean_contact("", "", "0555123456", missing_email=needs_email)
    with pytest.raises(InvalidContact) as missing_email:
        clean_contact("Aida", "", "0555123456", missing_email=needs_email)

    assert str(missing_name.value.reason) == "A name or pseudonym is missing."
    assert missing_email.value.reason == needs_email


def test_someone_saved_with_another_phone_format_or_email_case_is_the_same_person():
    cleaned = clean_contact("Bakyt", "bakyt@example.org", "0555 123 456")

    assert set(stored_contacts("Bakyt@Example.org", "+996 555 123 456")) == set(cleaned.contacts())
    assert stored_contacts("", "not a number") == [("phone", "not a number")]


@pytest.mark.parametrize(
    ("language", "reason"),
    [("ru", "Неверный номер телефона."), ("ky", "Телефон номери туура эмес.")],
)
def test_the_reasons_are_translated(settings, language, reason):
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]
    with pytest.raises(InvalidContact) as error:
        clean_contact("Aida", "", "555")

    with translation.override(language):
        assert str(error.value.reason) == reason
