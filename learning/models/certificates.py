from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.core.models import PersonalRecord


class Certificate(PersonalRecord, models.Model):
    """Proof of completion; anyone can check a code at /certificates/<code>/."""

    code = models.CharField(_("code"), max_length=20, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        verbose_name=_("learner"),
    )
    course = models.ForeignKey(
        "learning.CoursePage", on_delete=models.PROTECT, related_name="certificates", verbose_name=_("course")
    )
    name_on_certificate = models.CharField(_("name on the certificate"), max_length=150)
    course_title = models.CharField(_("course title"), max_length=255)
    trainer_name = models.CharField(_("trainer"), max_length=150, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("issued by"),
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_course")]

    def __str__(self):
        return self.code

    @property
    def is_valid(self):
        return self.revoked_at is None
