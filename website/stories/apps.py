from django.apps import AppConfig


class StoriesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website.stories"
    label = "stories"

    def ready(self):
        from website.stories import personal_data  # noqa: F401  (connects the receivers of events' signals)
