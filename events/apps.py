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

        page_published.connect(
            remember_announced_start, sender=EventPage, dispatch_uid="events-announced-start"
        )
