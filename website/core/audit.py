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
