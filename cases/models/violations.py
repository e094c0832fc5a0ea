from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField


@register_snippet
class ViolationType(TranslatableMixin, models.Model):
    """A kind of violation the report form offers (violence, police abuse, ...); editors keep the list."""

    name = models.CharField(_("name"), max_length=150)
    sort_order = models.PositiveIntegerField(_("order"), default=0, help_text=_("Lower numbers come first."))

    translatable_fields = [TranslatableField("name"), SynchronizedField("sort_order")]
    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("violation type")
        verbose_name_plural = _("violation types")

    def __str__(self):
        return self.name
