"""Enrolment: the one row that grants a learner access to a course (in every language it is translated to)."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from learning.models import Enrolment
from website.core.translation import canonical_page


def enrol(user, course, source=Enrolment.Source.FREE):
    """Enrol a learner (idempotent; a revoked enrolment is reactivated). Returns the enrolment."""
    course = canonical_page(course)
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(
                user=user, course=course, defaults={"source": source}
            )
    except IntegrityError:
        enrolment, created = Enrolment.objects.get(user=user, course=course), False
    if not created and enrolment.status != Enrolment.Status.ACTIVE:
        enrolment.status = Enrolment.Status.ACTIVE
        enrolment.source = source
        enrolment.save(update_fields=["status", "source"])
    return enrolment


class PaidCourse(Exception):
    """Raised when a one-click enrolment is tried on a course that must go through checkout."""


def enrol_in_free_course(user, course):
    """One-click enrolment, for free courses only; paid courses are enrolled when their order is paid."""
    if not course.is_free:
        raise PaidCourse(_("This course is paid: complete the checkout to enrol."))
    return enrol(user, course, source=Enrolment.Source.FREE)


def revoke(user, course):
    """Withdraw access (a refund, for instance); progress is kept in case access is granted again."""
    return Enrolment.objects.filter(user=user, course=canonical_page(course)).update(
        status=Enrolment.Status.REVOKED
    )


def active_enrolment(user, course):
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(
        user=user, course=canonical_page(course), status=Enrolment.Status.ACTIVE
    ).first()
