"""Shared set-up for the feedback tests: a finished event, people who attended it, staff with roles."""

import datetime

from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from events.factories import RegistrationFactory
from website.accounts.factories import UserFactory


def past_event(make_event, **fields):
    """An event that ended yesterday."""
    starts = timezone.now() - datetime.timedelta(days=1, hours=4)
    return make_event(starts_at=starts, ends_at=starts + datetime.timedelta(hours=3), **fields)


def attended(event, **fields):
    """A confirmed registration that was checked in at the door."""
    return RegistrationFactory(
        event=event, checked_in_at=event.starts_at + datetime.timedelta(minutes=5), **fields
    )


def feedback_url(registration, language="en"):
    return f"/{language}/events/registrations/{registration.token}/feedback/"


def staff_member(*group_names, permissions=()):
    """Staff with a second factor (the admin requires one), in the given groups and with extra permissions."""
    user = UserFactory(is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=group_names))
    for dotted in permissions:
        app_label, codename = dotted.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    return user
