"""Receivers of Wagtail's signals for events (connected in EventsConfig.ready)."""

from events.services import reminders


def remember_announced_start(sender, instance, **kwargs):
    """An event page was published: keep the start time people are told, so the scan can announce changes."""
    reminders.remember_announced_start(instance)
