from .cases import (
    Case,
    CaseMessage,
    CaseNote,
    CaseStatus,
    ClosingReason,
    Consent,
    ContactMethod,
    Evidence,
    Intervention,
    InterventionKind,
    Needs,
    Perpetrator,
)
from .organisations import CASE_WORKERS_GROUP, CaseWorker, Organisation, OrganisationRegion
from .places import OTHER_TOWN, TOWN_CHOICES, TOWNS_BY_REGION, Region, region_of_town
from .violations import ViolationType

__all__ = [
    "CASE_WORKERS_GROUP",
    "OTHER_TOWN",
    "TOWNS_BY_REGION",
    "TOWN_CHOICES",
    "Case",
    "CaseMessage",
    "CaseNote",
    "CaseStatus",
    "CaseWorker",
    "ClosingReason",
    "Consent",
    "ContactMethod",
    "Evidence",
    "Intervention",
    "InterventionKind",
    "Needs",
    "Organisation",
    "OrganisationRegion",
    "Perpetrator",
    "Region",
    "ViolationType",
    "region_of_town",
]
