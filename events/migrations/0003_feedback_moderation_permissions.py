"""Editors and Moderators read participants' feedback and review it (archive, or turn it into a story)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

FEEDBACK_PERMISSIONS = ["view_feedback", "change_feedback"]
GROUPS = ["Editors", "Moderators"]


def feedback_permissions(apps):
    """Permissions are normally created after all migrations; this migration needs them now."""
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="events", codename__in=FEEDBACK_PERMISSIONS)


def grant(apps, schema_editor):
    permissions = list(feedback_permissions(apps))
    for name in GROUPS:
        group, _created = apps.get_model("auth", "Group").objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    permissions = list(feedback_permissions(apps))
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_organiser_admin_permissions"),
        ("accounts", "0002_accounts_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
