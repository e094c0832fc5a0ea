from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "learning"
    verbose_name = _("Learning")

    def ready(self):
        from payments.signals import status_changed

        from learning.models import Payment
        from learning.services.payments import settle_provider_payment
        from learning.views import pages  # noqa: F401 (registers the course pages' views)
        from website.core.audit import register_action_labels

        status_changed.connect(
            settle_provider_payment, sender=Payment, dispatch_uid="learning-settle-payment"
        )
        register_action_labels(AUDIT_ACTIONS)


AUDIT_ACTIONS = {
    "certificate.revoke": _("Revoked a certificate"),
    "order.confirm_bank_transfer": _("Confirmed a bank transfer"),
    "order.refund": _("Refunded an order"),
    "receipt.download": _("Downloaded a receipt"),
    "cohort.participants.view": _("Viewed a cohort's participants"),
    "cohort.participants.import": _("Imported a cohort's participants"),
    "cohort.participants.export": _("Exported a cohort's participants"),
    "cohort.attendance.view": _("Viewed a session's attendance"),
}
