"""One marker per message sent about an event: the unique key that makes each send happen once."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from website.core.models import PersonalRecord


class ReminderKind(models.TextChoices):
    REMINDER = "reminder", _("Reminder")
    TIME_CHANGED = "time_changed", _("Time changed")
    FEEDBACK_REQUEST = "feedback_request", _("Feedback request")


class SentReminder(PersonalRecord, models.Model):
    """A message queued for one recipient: a registration, or a learner of the course a webinar belongs to."""

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="sent_reminders", verbose_name=_("event")
    )
    registration = models.ForeignKey(
        "events.Registration",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("registration"),
    )
    enrolment = models.ForeignKey(
        "learning.Enrolment",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="event_reminders",
        verbose_name=_("enrolment"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ReminderKind.choices)
    scheduled_for = models.DateTimeField(_("scheduled for"))
    queued_at = models.DateTimeField(_("queued"), auto_now_add=True)

    class Meta:
        ordering = ["-queued_at"]
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "kind", "scheduled_for"],
                condition=models.Q(registration__isnull=False),
                name="one_reminder_per_registration_kind_time",
            ),
            models.UniqueConstraint(
                fields=["event", "enrolment", "kind", "scheduled_for"],
                condition=models.Q(enrolment__isnull=False),
                name="one_reminder_per_learner_kind_time",
            ),
            models.CheckConstraint(
                condition=models.Q(registration__isnull=False) ^ models.Q(enrolment__isnull=False),
                name="reminder_has_one_recipient",
            ),
        ]
