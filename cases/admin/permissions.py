"""Who sees which cases in the admin, and who sees the statistics.

A case worker is staff holding `cases.view_case` (the "Case workers" group grants it) with a CaseWorker row:
they see their own organisation's cases and nothing else. Everyone else, superusers included, is told a
case address does not exist (404): administrators map regions and manage organisations and case workers,
and see cases only if they are also case workers. The statistics (suppressed counts of consented cases,
no case in them) are for case workers and for holders of STATISTICS_PERMISSION (advocates, administrators).
"""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from wagtail.permission_policies.base import ModelPermissionPolicy

from cases.models import Case, CaseStatus

VIEW_CASES = "cases.view_case"
STATISTICS_PERMISSION = "cases.view_case_statistics"


def organisation_of(user):
    """The organisation whose cases this person works on, or None when they are no case worker."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(VIEW_CASES)):
        return None
    try:
        return user.case_worker.organisation
    except ObjectDoesNotExist:
        return None


def is_case_worker(user):
    return organisation_of(user) is not None


def visible_cases(user):
    """The cases this person may open: their organisation's, or none."""
    organisation = organisation_of(user)
    if organisation is None:
        return Case.objects.none()
    return Case.objects.filter(organisation=organisation)


def new_cases(user):
    """The organisation's cases nobody has accepted yet."""
    return visible_cases(user).filter(status=CaseStatus.NEW)


def require_case_worker(user):
    """Everyone but a case worker is told there is nothing here."""
    if not is_case_worker(user):
        raise Http404


def may_see_statistics(user):
    return (
        user.is_authenticated
        and user.is_staff
        and (is_case_worker(user) or user.has_perm(STATISTICS_PERMISSION))
    )


class CasePermissionPolicy(ModelPermissionPolicy):
    """Case workers may view (and so list) their cases; cases are never added, edited or deleted in the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and is_case_worker(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
