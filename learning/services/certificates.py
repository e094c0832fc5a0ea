"""Certificates of completion: issued once per learner and course, checked by anyone with the code."""

import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from learning.models import Certificate, Enrolment, Participant
from learning.services.cohorts import translated_title
from website.core.mail import language_for, send_templated_email
from website.core.translation import canonical_page

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


class CourseNotComplete(Exception):
    def __init__(self):
        super().__init__(str(_("The course is not complete yet, so there is no certificate.")))
        self.reason = _("The course is not complete yet, so there is no certificate.")


def has_completed(user, course):
    """Whether the learner has finished the course (their enrolment carries a completion date)."""
    return Enrolment.objects.filter(
        user=user, course=canonical_page(course), completed_at__isnull=False
    ).exists()


def new_code():
    """A random code without look-alike letters (no I, O, 0, 1): easy to read out and type in."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(code):
    return code.strip().upper()


def name_on_certificate(user):
    """The name the learner chose, else the part of their email before the @."""
    return user.display_name or user.email.split("@")[0]


def trainer_names(user, course):
    """The trainers of the learner's cohort for this course, else the course's trainers."""
    participation = (
        Participant.objects.filter(user=user, cohort__course=course).select_related("cohort").first()
    )
    trainers = participation.cohort.trainers.all() if participation else course.trainers.all()
    names = ", ".join(sorted(str(trainer) for trainer in trainers))
    return names[: Certificate._meta.get_field("trainer_name").max_length]


def issue_certificate(user, course, issued_by=None, language=None, completed=has_completed):
    """The learner's certificate for a course, issued now if they have none; CourseNotComplete otherwise.

    `completed(user, course)` says whether the course is finished; the language defaults to the course's.
    """
    course = canonical_page(course)
    existing = Certificate.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    if not completed(user, course):
        raise CourseNotComplete()
    language = language or course.locale.language_code
    fields = {
        "issued_by": issued_by,
        "language": language,
        "name_on_certificate": name_on_certificate(user),
        "course_title": translated_title(course, language),
        "trainer_name": trainer_names(user, course),
    }
    for _attempt in range(3):
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(code=new_code(), user=user, course=course, **fields)
        except IntegrityError:
            existing = Certificate.objects.filter(user=user, course=course).first()
            if existing is not None:
                return existing
            continue
        announce_certificate(certificate)
        return certificate
    raise IntegrityError("No unused certificate code found in three draws.")


def issue_cohort_certificates(cohort, participant_ids, issued_by):
    """Certificates for the chosen participants who completed the course; returns (issued, not yet due)."""
    chosen = {int(pk) for pk in participant_ids}
    issued = not_due = 0
    participants = cohort.participants.filter(pk__in=chosen).select_related("user")
    for participant in participants:
        if participant.user is None:
            not_due += 1
            continue
        if Certificate.objects.filter(user=participant.user, course=canonical_page(cohort.course)).exists():
            continue
        try:
            issue_certificate(participant.user, cohort.course, issued_by=issued_by, language=cohort.language)
        except CourseNotComplete:
            not_due += 1
        else:
            issued += 1
    return issued, not_due


def revoke_certificate(certificate):
    """Mark a certificate revoked: the check page says so from now on."""
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.save(update_fields=["revoked_at"])
    return certificate


def check_url(certificate):
    return settings.SITE_BASE_URL + reverse("certificate_check", args=[certificate.code])


def announce_certificate(certificate):
    """Tell the learner their certificate is ready, in their own language (after commit)."""
    user = certificate.user
    language = language_for(user)
    send_templated_email(
        "learning/email/certificate_issued",
        user.email,
        {
            "certificate": certificate,
            "download_url": settings.SITE_BASE_URL + certificate_download_path(certificate, language),
            "check_url": check_url(certificate),
        },
        language,
    )


def certificate_download_path(certificate, language):
    with translation.override(language):
        return reverse("learning:certificate_pdf", args=[certificate.code])
