"""Participants' feedback after an event; with consent, an editor can turn it into a published story."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.core.encryption import EncryptedTextField
from website.core.models import PersonalRecord


class Consent(models.TextChoices):
    NAMED = "named", _("Publish it with my name")
    ANONYMOUS = "anonymous", _("Publish it anonymously")
    PRIVATE = "private", _("Don't publish it")


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("To review")
    STORY = "story", _("Turned into a story")
    ARCHIVED = "archived", _("Archived")


class Feedback(PersonalRecord, models.Model):
    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="feedback", verbose_name=_("event")
    )
    registration = models.OneToOneField(
        "events.Registration",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
        verbose_name=_("registration"),
    )
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    text = EncryptedTextField(_("feedback"))
    consent = models.CharField(_("publication"), max_length=12, choices=Consent.choices)
    display_name = models.CharField(_("name to publish"), max_length=150, blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(
        _("status"), max_length=12, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW
    )
    story = models.ForeignKey(
        "stories.StoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("story"),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback entries")

    def __str__(self):
        return f"{self.event} ({self.rating}/5)"

    @property
    def may_be_published(self):
        return self.consent in (Consent.NAMED, Consent.ANONYMOUS)
