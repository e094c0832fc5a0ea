"""Shared set-up for the case workers' tests: organisations, case workers, cases."""

import secrets

from django.contrib.auth.models import Group

from cases.models import CASE_WORKERS_GROUP, Case, CaseWorker, Organisation
from tests.events.feedback_helpers import staff_member


def organisation(slug, name=None):
    return Organisation.objects.get_or_create(slug=slug, defaults={"name": name or slug.title()})[0]


def case_worker(org, **fields):
    """Staff with a second factor in the "Case workers" group, working for `org`."""
    user = staff_member(CASE_WORKERS_GROUP)
    for name, value in fields.items():
        setattr(user, name, value)
    user.save()
    CaseWorker.objects.create(user=user, organisation=org)
    return user


def make_case(org, **fields):
    values = {
        "receipt_digest": secrets.token_hex(32),
        "narrative": "Police officers in Osh detained and beat him after a raid.",
        "region": "osh_city",
        "language": "ky",
    }
    values.update(fields)
    return Case.objects.create(organisation=org, **values)


def in_group(user, name):
    user.groups.add(Group.objects.get(name=name))
    return user
