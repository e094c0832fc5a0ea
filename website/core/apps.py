from django.apps import AppConfig


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website.core"
    label = "core"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
