"""A new report: the case goes to the organisation covering its region, and the reporter gets a receipt code."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cases.models import Case, Organisation, OrganisationRegion

from . import notifications, receipts
from .evidence import store_evidence

# The longest text the form takes, in characters: room for a long account, not for a book.
MAX_NARRATIVE_LENGTH = 20_000
MAX_CONTACT_LENGTH = 200

CASE_FIELDS = (
    "needs",
    "narrative",
    "happened_on",
    "date_is_approximate",
    "region",
    "town",
    "perpetrator",
    "sogi",
    "hiv",
    "drug_use",
    "sex_work",
    "contact_method",
    "contact",
    "consent",
)


class NoOrganisation(Exception):
    """No organisation covers the region and none takes unmapped cases: the report cannot be received."""

    def __init__(self):
        self.message = _(
            "We cannot receive reports on the site right now. Nothing has been saved. "
            "Please contact us in another way, listed on the contacts page."
        )
        super().__init__(self.message)


def organisation_for(region):
    """The organisation mapped to the region, else the one that takes unmapped cases."""
    if region:
        mapped = OrganisationRegion.objects.filter(region=region).select_related("organisation").first()
        if mapped is not None:
            return mapped.organisation
    default = Organisation.objects.filter(is_default=True).first()
    if default is None:
        raise NoOrganisation()
    return default


def create_case(report, violation_types=(), files=(), language="ru"):
    """Save a report with its files, all or nothing; returns (case, receipt code). The code is never stored.

    `report` holds the CASE_FIELDS; `files` are PreparedFile (services.evidence.prepare_upload).
    """
    code = receipts.new_receipt_code()
    stored = []
    try:
        with transaction.atomic():
            case = Case.objects.create(
                receipt_digest=receipts.digest(code),
                organisation=organisation_for(report.get("region")),
                language=language,
                last_action_at=timezone.now(),
                **{name: report[name] for name in CASE_FIELDS if name in report},
            )
            case.violation_types.set(violation_types)
            for prepared in files:
                stored.append(store_evidence(case, prepared))
            notifications.announce_new_case(case)
    except Exception:
        for evidence in stored:
            evidence.file.delete(save=False)
        raise
    return case, code
