"""A person's name and ways to reach them, checked and normalised the same way wherever people are added:
an event sign-up, an organiser or a trainer adding someone, and a participant file."""

from dataclasses import dataclass

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from website.core.imports import InvalidRow

PHONE_REGION = "KG"
NAME_MAX_LENGTH = 150
EMAIL_MAX_LENGTH = 254
INVALID_EMAIL = _("The email address is not valid.")
INVALID_PHONE = _("The phone number is not valid.")


class InvalidContact(InvalidRow):
    """A person's details cannot be saved; `reason` is a translated message."""


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    phone: str

    def contacts(self):
        """The ways to reach this person, as keys to compare for duplicates."""
        return [key for key in (("email", self.email), ("phone", self.phone)) if key[1]]


def normalize_phone(raw):
    """A phone number in E.164 form (+996555123456); local Kyrgyz numbers (0555 123 456) are accepted."""
    try:
        number = phonenumbers.parse(raw, PHONE_REGION)
    except phonenumbers.NumberParseException as error:
        raise InvalidContact(INVALID_PHONE) from error
    if not phonenumbers.is_valid_number(number):
        raise InvalidContact(INVALID_PHONE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def comparable_phone(phone):
    """A stored phone number in E.164 form when it parses (rows saved elsewhere may not be normalised)."""
    try:
        return normalize_phone(phone) if phone else ""
    except InvalidContact:
        return phone


def stored_contacts(email, phone):
    """The duplicate keys of a person already saved, comparable with `Contact.contacts()`."""
    return Contact("", email.lower(), comparable_phone(phone)).contacts()


def clean_contact(name, email, phone, *, missing_email=None):
    """The details normalised (spaces collapsed, email lower-cased, phone in E.164), or InvalidContact
    naming the first problem.

    A phone is enough to reach someone; a caller that needs an email passes `missing_email`, the
    (translated) message saying why.
    """
    name = " ".join((name or "").split())
    email = (email or "").strip().lower()
    phone = (phone or "").strip()
    if not name:
        raise InvalidContact(_("A name or pseudonym is missing."))
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidContact(_("The name is longer than 150 characters."))
    if missing_email and not email:
        raise InvalidContact(missing_email)
    if not email and not phone:
        raise InvalidContact(_("Give an email or a phone number: at least one way to reach the person."))
    if email:
        validate_contact_email(email)
    return Contact(name=name, email=email, phone=normalize_phone(phone) if phone else "")


def validate_contact_email(email):
    """Django accepts addresses up to 320 characters; the database column holds 254, the longest address
    mail servers deliver to."""
    try:
        validate_email(email)
    except ValidationError as error:
        raise InvalidContact(INVALID_EMAIL) from error
    if len(email) > EMAIL_MAX_LENGTH:
        raise InvalidContact(INVALID_EMAIL)
