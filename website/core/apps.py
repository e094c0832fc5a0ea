from django.apps import AppConfig


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website.core"
    label = "core"

    def ready(self):
        # Imported for their side effects: the system checks and the page cache's invalidation signals.
        from . import checks, page_cache  # noqa: F401
        from .patches import apply

        apply()
