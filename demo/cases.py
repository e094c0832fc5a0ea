"""Reports of violations (cases.yaml): two organisations with a case worker each, the kinds of violation, and
invented cases in every state with their messages, notes and help given.

Each demo case gets a receipt code worked out from its key and SECRET_KEY, so a second run finds it by the
code's digest and creates nothing twice; only the code of the case marked `known_code` is ever shown.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.crypto import salted_hmac

from cases.models import (
    Case,
    CaseMessage,
    CaseNote,
    CaseStatus,
    CaseWorker,
    Intervention,
    Organisation,
    OrganisationRegion,
    ViolationType,
)
from cases.services import receipts
from cases.services.intake import organisation_for

from .data import read
from .localize import ensure_snippet, translate
from .people import DemoAccount
from .text import SOURCE_LANGUAGE, TARGET_LANGUAGES, resolve

CODE_SALT = "demo.cases.receipt-code"
# The organisation the cases app makes for unmapped reports until an administrator sets up the network.
PLACEHOLDER_ORGANISATION = "network"
# Fields a case's entry copies as they are.
CASE_FACTS = (
    "needs",
    "language",
    "region",
    "town",
    "perpetrator",
    "sogi",
    "hiv",
    "drug_use",
    "sex_work",
    "consent",
    "contact_method",
    "contact",
    "status",
    "closing_reason",
)


@dataclass
class DemoCases:
    organisations: dict
    cases: dict
    known_receipt_code: str


def case_worker_accounts():
    """The case workers' demo accounts: staff with a second factor, in the "Case workers" group."""
    return [
        DemoAccount(
            entry["role"],
            entry["email"],
            entry["display_name"],
            entry["language"],
            is_staff=True,
            second_factor=True,
            group="Case workers",
        )
        for entry in read("cases")["case_workers"]
    ]


def demo_receipt_code(key):
    """The receipt code of the demo case `key`: the same on every run of this site, unguessable without SECRET_KEY."""
    value = int.from_bytes(salted_hmac(CODE_SALT, key).digest()[:10])
    characters = "".join(receipts.ALPHABET[(value >> (5 * i)) & 31] for i in range(receipts.CODE_LENGTH))
    size = receipts.GROUP_LENGTH
    return "-".join(characters[i : i + size] for i in range(0, receipts.CODE_LENGTH, size))


def ensure_organisations():
    """The Osh and Bishkek organisations and their regions; Bishkek takes unmapped reports.

    Regions an administrator already mapped stay as they are. The placeholder organisation the cases app
    starts with is removed while no case or case worker uses it.
    """
    organisations = {}
    for entry in read("cases")["organisations"]:
        organisation, _ = Organisation.objects.get_or_create(
            slug=entry["slug"], defaults={"name": entry["name"], "email": entry["email"]}
        )
        for region in entry["regions"]:
            OrganisationRegion.objects.get_or_create(region=region, defaults={"organisation": organisation})
        if entry.get("takes_unmapped_cases"):
            make_default(organisation)
        organisations[entry["slug"]] = organisation
    return organisations


def make_default(organisation):
    """Let `organisation` take unmapped reports, unless an organisation other than the placeholder already does."""
    current = Organisation.objects.filter(is_default=True).first()
    if current == organisation or (current is not None and current.slug != PLACEHOLDER_ORGANISATION):
        return
    Organisation.objects.filter(is_default=True).update(is_default=False)
    organisation.is_default = True
    organisation.save(update_fields=["is_default"])
    Organisation.objects.filter(
        slug=PLACEHOLDER_ORGANISATION, cases__isnull=True, case_workers__isnull=True, regions__isnull=True
    ).delete()


def ensure_case_workers(organisations, users):
    """Each case worker's entry naming their organisation; returns the case worker users by organisation slug."""
    workers = {}
    for entry in read("cases")["case_workers"]:
        user = users[entry["role"]]
        CaseWorker.objects.get_or_create(
            user=user, defaults={"organisation": organisations[entry["organisation"]]}
        )
        workers[entry["organisation"]] = user
    return workers


def ensure_violation_types(locales):
    """The kinds of violation the demo cases name, in the three languages, by key."""
    return {
        entry["key"]: ensure_violation_type(entry["key"], entry["name"], order, locales)
        for order, entry in enumerate(read("cases")["violation_types"], start=1)
    }


def ensure_violation_type(key, name, order, locales):
    """The kind the cases app started with under this Russian name, else a new one; with its translations."""

    def build(language):
        return ViolationType(name=resolve(name, language), sort_order=order)

    existing = ViolationType.objects.filter(locale=locales[SOURCE_LANGUAGE], name=name.ru).first()
    if existing is None:
        return ensure_snippet(ViolationType, key, build, locales)
    translate(existing, {language: build(language) for language in TARGET_LANGUAGES}, locales)
    return existing


def ensure_cases(locales, users):
    """The organisations, case workers, kinds of violation and the demo cases, created where missing."""
    content = read("cases")
    organisations = ensure_organisations()
    workers = ensure_case_workers(organisations, users)
    violation_types = ensure_violation_types(locales)
    now = timezone.now()
    cases, known_code = {}, ""
    for entry in content["cases"]:
        code = demo_receipt_code(entry["key"])
        case = Case.objects.filter(receipt_digest__in=receipts.candidate_digests(code)).first()
        if case is None:
            case = create_case(entry, code, violation_types, workers, now)
        cases[entry["key"]] = case
        if entry.get("known_code"):
            known_code = code
    return DemoCases(organisations, cases, known_code)


def _at(reported, after_days, now):
    """A moment `after_days` after the report, never later than now."""
    return min(reported + timedelta(days=after_days, hours=2), now)


def create_case(entry, code, violation_types, workers, now):
    """One demo case as a case worker would have left it: dated, assigned, with its exchange and help given."""
    reported = now - timedelta(days=entry["days_ago"])
    facts = {name: entry[name] for name in CASE_FACTS if name in entry}
    case = Case.objects.create(
        receipt_digest=receipts.digest(code),
        organisation=organisation_for(entry.get("region", "")),
        narrative=entry["narrative"],
        **facts,
    )
    case.violation_types.set([violation_types[key] for key in entry.get("types", [])])
    worker = workers.get(case.organisation.slug)
    moments = [reported]
    for message in entry.get("messages", []):
        from_reporter = message["from"] == "reporter"
        created = CaseMessage.objects.create(
            case=case,
            from_reporter=from_reporter,
            author=None if from_reporter else worker,
            text=message["text"],
        )
        moments.append(_dated(created, _at(reported, message["after_days"], now)))
    for note in entry.get("notes", []):
        created = CaseNote.objects.create(case=case, author=worker, text=note["text"])
        moments.append(_dated(created, _at(reported, note["after_days"], now)))
    for intervention in entry.get("interventions", []):
        when = _at(reported, intervention["after_days"], now)
        created = Intervention.objects.create(
            case=case,
            kind=intervention["kind"],
            happened_on=timezone.localdate(when),
            note=intervention.get("note", ""),
            recorded_by=worker,
        )
        moments.append(_dated(created, when))
    last_action = max(moments)
    Case.objects.filter(pk=case.pk).update(
        created_at=reported,
        last_action_at=last_action,
        assignee=None if case.status == CaseStatus.NEW else worker,
        closed_at=last_action if case.status == CaseStatus.CLOSED else None,
    )
    case.refresh_from_db()
    return case


def _dated(instance, moment):
    """Give a just-created message, note or intervention the moment it was written; returns the moment."""
    type(instance).objects.filter(pk=instance.pk).update(created_at=moment)
    return moment
