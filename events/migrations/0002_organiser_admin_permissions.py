"""Administrators see registrations, the waiting list and the reminder log in the "Events" admin menu.

No other group gets these permissions: they would show every event's participants. Organisers see their
own events' people on the site's organiser pages (EventPage.organisers), so no "Event organisers" group is needed.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMINISTRATOR_PERMISSIONS = ["view_registration", "view_sentreminder"]


def grant_administrators(apps, schema_editor):
    """Create the events permissions now (Django makes them only after all migrations), then grant them."""
    events = apps.get_app_config("events")
    events.models_module = True
    create_permissions(events, apps=apps, verbosity=0)
    events.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    administrators, _created = Group.objects.get_or_create(name="Administrators")
    administrators.permissions.add(
        *Permission.objects.filter(content_type__app_label="events", codename__in=ADMINISTRATOR_PERMISSIONS)
    )


def revoke_administrators(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Administrators"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="events", codename__in=ADMINISTRATOR_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("accounts", "0002_accounts_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_administrators, revoke_administrators)]
