"""The organisations of the network that take cases, the regions each covers, and their case workers."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .places import Region

CASE_WORKERS_GROUP = "Case workers"


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    email = models.EmailField(
        _("email"),
        blank=True,
        help_text=_("Told about new cases when none of its case workers has an email address."),
    )
    is_default = models.BooleanField(
        _("takes unmapped cases"),
        default=False,
        help_text=_(
            "Gets the cases whose region is not given or not mapped to an organisation. At most one."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=models.Q(is_default=True),
                name="cases_one_default_organisation",
                violation_error_message=_("Only one organisation can take unmapped cases."),
            )
        ]

    def __str__(self):
        return self.name


class OrganisationRegion(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="regions", verbose_name=_("organisation")
    )
    region = models.CharField(_("region"), max_length=16, choices=Region.choices, unique=True)

    class Meta:
        ordering = ["region"]
        verbose_name = _("region of an organisation")
        verbose_name_plural = _("regions of organisations")

    def __str__(self):
        return f"{self.get_region_display()}: {self.organisation}"


class CaseWorker(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="case_worker",
        verbose_name=_("account"),
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="case_workers", verbose_name=_("organisation")
    )

    class Meta:
        verbose_name = _("case worker")
        verbose_name_plural = _("case workers")

    def __str__(self):
        return f"{self.user} ({self.organisation})"
