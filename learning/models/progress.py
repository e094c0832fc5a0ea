"""What a learner has done: enrolments, lessons completed, quiz attempts, module-release notices sent."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.core.models import PersonalRecord


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        """Enrolments that give access to their course (not revoked)."""
        return self.filter(status=Enrolment.Status.ACTIVE)


class Enrolment(PersonalRecord, models.Model):
    class Source(models.TextChoices):
        FREE = "free", _("Free enrolment")
        ORDER = "order", _("Paid order")
        COHORT = "cohort", _("ToT cohort")
        STAFF = "staff", _("Added by staff")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        REVOKED = "revoked", _("Revoked")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("learner"),
    )
    course = models.ForeignKey(
        "learning.CoursePage", on_delete=models.PROTECT, related_name="enrolments", verbose_name=_("course")
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.FREE)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    last_lesson = models.ForeignKey(
        "learning.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("last lesson"),
    )
    created_at = models.DateTimeField(_("enrolled on"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed on"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_learner_and_course")
        ]

    def __str__(self):
        return f"{self.user} — {self.course}"

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE


class LessonCompletion(PersonalRecord, models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
        verbose_name=_("learner"),
    )
    lesson = models.ForeignKey(
        "learning.LessonPage", on_delete=models.CASCADE, related_name="completions", verbose_name=_("lesson")
    )
    completed_at = models.DateTimeField(auto_now_add=True, verbose_name=_("completed"))

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")]


class QuizAttempt(PersonalRecord, models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("learner"),
    )
    module = models.ForeignKey(
        "learning.ModulePage",
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("module"),
    )
    answers = models.JSONField(default=dict, verbose_name=_("answers"))
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("taken"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")


class ModuleReleaseNotice(PersonalRecord, models.Model):
    """Marker: this learner has been told this module is open (so the email goes out once)."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="release_notices", verbose_name=_("enrolment")
    )
    module = models.ForeignKey(
        "learning.ModulePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("module")
    )
    sent_at = models.DateTimeField(auto_now_add=True, verbose_name=_("sent"))

    class Meta:
        verbose_name = _("module release notice")
        verbose_name_plural = _("module release notices")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "module"], name="one_release_notice_per_module")
        ]
