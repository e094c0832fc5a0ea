from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website.accounts"
    label = "accounts"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from website.core.audit import register_action_labels

        from .middleware import start_idle_clock

        user_logged_in.connect(start_idle_clock, dispatch_uid="accounts.start_idle_clock")
        register_action_labels(AUDIT_ACTIONS)


AUDIT_ACTIONS = {
    "export_personal_data": _("Exported a person's data"),
    "delete_account": _("Deleted an account"),
}
