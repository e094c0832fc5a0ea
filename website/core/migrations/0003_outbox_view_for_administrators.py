"""Administrators may see the delivery status of outgoing emails (never their recipients or contents)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def outbox_view_permission(apps):
    """Permissions are normally created after all migrations; this migration needs this one now."""
    core = apps.get_app_config("core")
    core.models_module = True
    create_permissions(core, apps=apps, verbosity=0)
    core.models_module = None
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="core", codename="view_outboxemail"
    )


def grant(apps, schema_editor):
    administrators = apps.get_model("auth", "Group").objects.filter(name="Administrators").first()
    if administrators is not None:
        administrators.permissions.add(outbox_view_permission(apps))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name="Administrators"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="core", codename="view_outboxemail"))


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_outbox_email"),
        ("accounts", "0002_accounts_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
