"""ToT cohorts: a course run with dates, a city, sessions, trainers and registered participants."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.core.contacts import NAME_MAX_LENGTH
from website.core.encryption import EncryptedTextField
from website.core.models import PersonalRecord
from website.core.places import City


class Cohort(models.Model):
    course = models.ForeignKey(
        "learning.CoursePage", on_delete=models.PROTECT, related_name="cohorts", verbose_name=_("course")
    )
    title = models.CharField(_("title"), max_length=200)
    city = models.CharField(_("city"), max_length=20, choices=City.choices)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="cohorts", verbose_name=_("trainers")
    )
    trainer_notes = EncryptedTextField(_("trainers' notes"), blank=True)

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self):
        return self.title

    @property
    def language(self):
        """The language the course is taught in: the default for invitations and certificates."""
        return self.course.locale.language_code


class CohortSession(models.Model):
    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("cohort")
    )
    title = models.CharField(_("topic"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    place = models.CharField(_("place"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return f"{self.title} ({self.starts_at:%Y-%m-%d})"


class Participant(PersonalRecord, models.Model):
    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="participants", verbose_name=_("cohort")
    )
    name = models.CharField(_("name or pseudonym"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("email"), blank=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the emails this participant gets."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cohort_memberships",
        verbose_name=_("account"),
    )
    invited_at = models.DateTimeField(_("invited"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("registered"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "email"],
                condition=~models.Q(email=""),
                name="one_participant_per_email_in_cohort",
            )
        ]

    def __str__(self):
        return self.name


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


# The marks that count as having been at a session.
ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


class Attendance(PersonalRecord, models.Model):
    session = models.ForeignKey(
        CohortSession, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("session")
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("participant")
    )
    status = models.CharField(
        _("attendance"), max_length=10, choices=AttendanceStatus.choices, default=AttendanceStatus.ABSENT
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance records")
        constraints = [
            models.UniqueConstraint(fields=["session", "participant"], name="one_mark_per_session")
        ]
