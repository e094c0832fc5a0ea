from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from wagtail.signals import page_published

        from events.models import EventPage
        from events.signals import remember_announced_start
        from events.views import pages  # noqa: F401 (registers the event pages' views)
        from website.core.audit import register_action_labels

        page_published.connect(
            remember_announced_start, sender=EventPage, dispatch_uid="events-announced-start"
        )
        register_action_labels(AUDIT_ACTIONS)


AUDIT_ACTIONS = {
    "registrations.view": _("Viewed the registrations listing"),
    "registration.inspect": _("Viewed a registration"),
    "feedback.view": _("Read feedback"),
    "feedback.turn_into_story": _("Turned feedback into a story"),
    "event.participants.view": _("Viewed an event's participants"),
    "event.participants.import": _("Imported an event's participants"),
    "event.participants.export": _("Exported an event's participants"),
    "event.registration.cancel": _("Cancelled a registration"),
    "event.check_in.view": _("Searched the check-in list"),
}
