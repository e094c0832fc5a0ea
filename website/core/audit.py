import datetime

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .models import AuditEntry

# What each action code means, in the reader's language; each app names its own (see register_action_labels).
ACTION_LABELS = {
    "export": _("Exported a listing"),
    "shred_personal_data": _("Shredded personal data past its retention period"),
}
OBJECT_TYPE_LABELS = {"retention": _("Retention of personal data")}


def register_action_labels(labels):
    """Give an app's audit action codes human labels for the audit log (called from its AppConfig.ready)."""
    ACTION_LABELS.update(labels)


def action_label(code):
    return ACTION_LABELS.get(code, code)


def object_type_label(object_type):
    """The name of the kind of record an entry is about ("Registration" for events.Registration)."""
    try:
        return capfirst(apps.get_model(object_type)._meta.verbose_name)
    except (LookupError, ValueError):
        return OBJECT_TYPE_LABELS.get(object_type, object_type)


def action_choices():
    return sorted(((code, action_label(code)) for code in ACTION_LABELS), key=lambda choice: str(choice[1]))


def object_type_choices():
    recorded = AuditEntry.objects.values_list("object_type", flat=True).distinct().order_by()
    return sorted(
        ((label, object_type_label(label)) for label in recorded), key=lambda choice: str(choice[1])
    )


def record(actor, action, obj=None, object_type="", detail=""):
    """Leave an audit entry for a view or export of personal data (never the values)."""
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        object_type=object_type or (obj._meta.label if obj is not None else ""),
        object_id=str(obj.pk) if obj is not None else "",
        detail=detail[:255],
    )


def purge_expired_entries(now=None):
    """Delete the entries older than AUDIT_RETENTION_DAYS; returns how many were deleted."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.AUDIT_RETENTION_DAYS)
    deleted, _by_model = AuditEntry.objects.filter(created_at__lt=cutoff).delete()
    return deleted
