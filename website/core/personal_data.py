"""What the site holds about a person, gathered from every app: the account's data export and deletion.

Each app declares its part as personal data sources: in its own wagtail_hooks.py, a function registered
with the `register_personal_data` hook returns a PersonalDataSource (or a list of them). The export has
one section per source's key; deleting an account lets every source erase its part first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .registries import registered

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

HOOK = "register_personal_data"


@dataclass(frozen=True)
class PersonalDataSource:
    """`export(user)` gives the person's records as JSON-ready data, under `key` in their data export;
    `erase(user)` removes or anonymises them just before the account is deleted."""

    key: str
    export: Callable[[AbstractBaseUser], dict | list]
    erase: Callable[[AbstractBaseUser], None]


def personal_data_sources():
    return registered(HOOK)


def deleted_with_the_account(user):
    """Nothing to erase beforehand: these records are deleted together with the account."""


def isoformat(moment):
    """A date or moment as the export writes it, or None."""
    return moment.isoformat() if moment else None
