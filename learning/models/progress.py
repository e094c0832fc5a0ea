"""What a learner has done: enrolments, lessons completed, quiz attempts, module-release notices sent."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.core.models import PersonalRecord


class Enrolment(PersonalRecord, models.Model):
    class Source(models.TextChoices):
        FREE = "free", _("Free enrolment")
        ORDER = "order", _("Paid order")
        COHORT = "cohort", _("ToT cohort")
        STAFF = "staff", _("Added by staff")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        REVOKED = "revoked", _("Revoked")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey("learning.CoursePage", on_delete=models.PROTECT, related_name="enrolments")
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.FREE)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    last_lesson = models.ForeignKey(
        "learning.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("enrolled on"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed on"), null=True, blank=True)

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
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey("learning.LessonPage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")]


class QuizAttempt(PersonalRecord, models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    module = models.ForeignKey("learning.ModulePage", on_delete=models.CASCADE, related_name="quiz_attempts")
    answers = models.JSONField(default=dict)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")


class ModuleReleaseNotice(PersonalRecord, models.Model):
    """Marker: this learner has been told this module is open (so the email goes out once)."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="release_notices")
    module = models.ForeignKey("learning.ModulePage", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "module"], name="one_release_notice_per_module")
        ]
