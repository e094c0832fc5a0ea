"""ToT cohorts: who a trainer may see, registering participants, invitations, attendance and progress."""

from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from learning.models import (
    ATTENDED,
    Attendance,
    AttendanceStatus,
    Certificate,
    Cohort,
    Enrolment,
    LessonCompletion,
    LessonPage,
    Participant,
)
from learning.services.enrolment import enrol
from website.core.contacts import comparable_phone, stored_contacts
from website.core.imports import InvalidRow
from website.core.mail import send_templated_email
from website.core.translation import canonical_page

INVITATION_SALT = "learning.cohort-invitation"
INVITATION_MAX_AGE = 60 * 60 * 24 * 60
ALREADY_REGISTERED = _("Someone with this email or phone is already in the cohort.")


class InvalidParticipant(InvalidRow):
    """A participant cannot be added to the cohort; `reason` is a translated message."""


class InvitationError(Exception):
    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


def cohorts_for(user):
    """The cohorts a user may see as a trainer: their own, or every cohort for a superuser."""
    if not user.is_authenticated:
        return Cohort.objects.none()
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(trainers=user)


def registered_contacts(cohort):
    """Emails and phone numbers already in a cohort (phones are encrypted, so compared here, not in SQL)."""
    contacts = set()
    for email, phone in cohort.participants.values_list("email", "phone"):
        contacts.update(stored_contacts(email, phone))
    return contacts


def register_participant(cohort, details, language):
    """Add one participant; raises InvalidParticipant when their email or phone is already registered."""
    with transaction.atomic():
        lock_cohort(cohort)
        if registered_contacts(cohort).intersection(details.contacts()):
            raise InvalidParticipant(ALREADY_REGISTERED)
        try:
            (participant,) = add_participants(cohort, [details], language)
        except IntegrityError as error:
            raise InvalidParticipant(ALREADY_REGISTERED) from error
    return participant


def lock_cohort(cohort):
    """Serialise changes to one cohort's participant list (a row lock on PostgreSQL)."""
    list(Cohort.objects.select_for_update().filter(pk=cohort.pk).values_list("pk"))


def add_participants(cohort, details_list, language):
    """Create participants in one go and queue an invitation for each one with an email (after commit)."""
    now = timezone.now()
    participants = Participant.objects.bulk_create(
        [
            Participant(
                cohort=cohort,
                name=details.name,
                email=details.email,
                phone=details.phone,
                language=language,
                invited_at=now if details.email else None,
            )
            for details in details_list
        ]
    )
    for participant in participants:
        if participant.email:
            send_invitation(participant)
    return participants


def invitation_token(participant):
    return signing.dumps({"participant": participant.pk, "email": participant.email}, salt=INVITATION_SALT)


def invitation_url(participant):
    with translation.override(participant.language):
        path = reverse("learning:claim_invitation", args=[invitation_token(participant)])
    return settings.SITE_BASE_URL + path


def send_invitation(participant):
    """Email a participant a signed link to claim an account (queued after the transaction commits)."""
    cohort = participant.cohort
    send_templated_email(
        "learning/email/cohort_invitation",
        participant.email,
        {
            "participant": participant,
            "cohort": cohort,
            "course_title": translated_title(cohort.course, participant.language),
            "city": cohort.get_city_display(),
            "claim_url": invitation_url(participant),
        },
        participant.language,
    )


def translated_title(course, language):
    """A course's title in a language it is translated into, else in its own language."""
    localized = course.get_translations(inclusive=True).live().filter(locale__language_code=language).first()
    return (localized or course).title


def participant_for_invitation(token):
    """The participant an invitation link was sent to, or InvitationError when it is forged or expired."""
    try:
        payload = signing.loads(token, salt=INVITATION_SALT, max_age=INVITATION_MAX_AGE)
    except signing.BadSignature as error:
        raise InvitationError(_("This invitation link is not valid or has expired.")) from error
    participant = (
        Participant.objects.select_related("cohort__course")
        .filter(pk=payload.get("participant"), email=payload.get("email"))
        .first()
    )
    if participant is None or not participant.email:
        raise InvitationError(_("This invitation link is not valid or has expired."))
    return participant


@transaction.atomic
def claim_invitation(user, token):
    """Link the signed-in user to the invited participant and enrol them in the cohort's course."""
    participant = participant_for_invitation(token)
    if user.email.lower() != participant.email:
        raise InvitationError(
            _("This invitation was sent to another email address. Sign in with that address to accept it.")
        )
    if participant.user_id not in (None, user.pk):
        raise InvitationError(_("This invitation has already been accepted by another account."))
    participant.user = user
    participant.save(update_fields=["user"])
    enrol(user, participant.cohort.course, source=Enrolment.Source.COHORT)
    return participant


class AttendanceError(Exception):
    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


def has_not_happened(session, now=None):
    return session.starts_at > (now or timezone.now())


@transaction.atomic
def mark_attendance(session, statuses, *, confirm_future=False):
    """Record each participant's attendance at one session; whoever `statuses` leaves out is absent.

    `statuses` maps participant ids to AttendanceStatus values. Marking a session that has not happened yet
    needs `confirm_future`, so a trainer who opened the wrong session is warned instead of recording it.
    Returns how many participants got each status.
    """
    if any(status not in AttendanceStatus.values for status in statuses.values()):
        raise AttendanceError(_("Choose present, late, excused or absent for each participant."))
    if has_not_happened(session) and not confirm_future:
        raise AttendanceError(
            _("This session has not happened yet. Nothing was saved: confirm that you mean to mark it now.")
        )
    marks = [
        Attendance(session=session, participant_id=pk, status=statuses.get(pk, AttendanceStatus.ABSENT))
        for pk in session.cohort.participants.values_list("pk", flat=True)
    ]
    Attendance.objects.bulk_create(
        marks, update_conflicts=True, unique_fields=["session", "participant"], update_fields=["status"]
    )
    return Counter(mark.status for mark in marks)


def session_statuses(session):
    """Each participant's mark at one session, by participant id (unmarked participants are left out)."""
    return dict(session.attendance.values_list("participant_id", "status"))


@dataclass
class ParticipantProgress:
    participant: Participant
    sessions_attended: int
    lessons_done: int
    lessons_total: int
    completed: bool
    certificate: Certificate | None

    @property
    def percent(self):
        if not self.lessons_total:
            return 0
        return round(100 * self.lessons_done / self.lessons_total)


def export_rows(cohort):
    """Each participant of a cohort with their progress and one column per session, as rows for a
    spreadsheet (header first). Phones are in E.164 form, whatever form they were saved in."""
    sessions = list(cohort.sessions.order_by("starts_at", "pk"))
    header = [
        _("Name or pseudonym"),
        _("Email"),
        _("Phone"),
        _("Sessions attended"),
        _("Progress (%)"),
        _("Completed"),
        _("Certificate"),
        *[f"{timezone.localtime(session.starts_at):%Y-%m-%d} {session.title}" for session in sessions],
    ]
    marks = attendance_labels(cohort)
    rows = [
        [
            row.participant.name,
            row.participant.email,
            comparable_phone(row.participant.phone),
            row.sessions_attended,
            row.percent,
            str(_("yes") if row.completed else _("no")),
            row.certificate.code if row.certificate else "",
            *[marks.get((session.pk, row.participant.pk), "") for session in sessions],
        ]
        for row in cohort_progress(cohort)
    ]
    return [[str(label) for label in header], *rows]


def attendance_labels(cohort):
    """Every attendance mark of a cohort as a label in the current language, by (session id, participant id)."""
    labels = dict(AttendanceStatus.choices)
    return {
        (session_id, participant_id): str(labels[status])
        for session_id, participant_id, status in Attendance.objects.filter(
            session__cohort=cohort
        ).values_list("session_id", "participant_id", "status")
    }


def cohort_progress(cohort):
    """Each participant with attendance, lessons done, completion and certificate, in a fixed number of queries."""
    course = canonical_page(cohort.course)
    participants = list(
        cohort.participants.select_related("user")
        .annotate(sessions_attended=Count("attendance", filter=Q(attendance__status__in=ATTENDED)))
        .order_by("name", "pk")
    )
    user_ids = [p.user_id for p in participants if p.user_id]
    lesson_keys = set(
        LessonPage.objects.live().descendant_of(course).values_list("translation_key", flat=True)
    )
    done = Counter(
        user_id
        for user_id, _key in LessonCompletion.objects.filter(
            user_id__in=user_ids, lesson__translation_key__in=lesson_keys
        )
        .values_list("user_id", "lesson__translation_key")
        .distinct()
    )
    completed = set(
        Enrolment.objects.filter(user_id__in=user_ids, course=course, completed_at__isnull=False).values_list(
            "user_id", flat=True
        )
    )
    certificates = {c.user_id: c for c in Certificate.objects.filter(user_id__in=user_ids, course=course)}
    return [
        ParticipantProgress(
            participant=p,
            sessions_attended=p.sessions_attended,
            lessons_done=done.get(p.user_id, 0),
            lessons_total=len(lesson_keys),
            completed=p.user_id in completed,
            certificate=certificates.get(p.user_id),
        )
        for p in participants
    ]
