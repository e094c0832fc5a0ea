from django.apps import AppConfig


class StandardConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website.standard"
    label = "standard"
