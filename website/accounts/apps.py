from django.apps import AppConfig


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website.accounts"
    label = "accounts"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .middleware import start_idle_clock

        user_logged_in.connect(start_idle_clock, dispatch_uid="accounts.start_idle_clock")
