from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website.home"
    label = "home"

    def ready(self):
        from website.home import views  # noqa: F401 (registers the home page's context)
