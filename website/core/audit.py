import datetime

from django.conf import settings
from django.utils import timezone

from .models import AuditEntry


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
