"""The "Case workers" group, who may do what with cases, and the organisation that takes unmapped cases.

Case workers reach the admin and work on their own organisation's cases (the admin's views narrow the
list to the case worker's organisation). Administrators map regions to organisations and name the case
workers. Editors keep the list of violation types the report form offers.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CASE_WORKER_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "cases.view_case",
    "cases.change_case",
    "cases.view_casemessage",
    "cases.add_casemessage",
    "cases.view_casenote",
    "cases.add_casenote",
    "cases.view_evidence",
    "cases.view_intervention",
    "cases.add_intervention",
    "cases.change_intervention",
    "cases.view_violationtype",
]
ADMINISTRATOR_PERMISSIONS = [
    f"cases.{action}_{model}"
    for model in ("organisation", "organisationregion", "caseworker")
    for action in ("add", "change", "delete", "view")
]
EDITOR_PERMISSIONS = ["cases.add_violationtype", "cases.change_violationtype", "cases.view_violationtype"]
MODERATOR_PERMISSIONS = EDITOR_PERMISSIONS + ["cases.delete_violationtype"]

GROUPS = {
    "Case workers": CASE_WORKER_PERMISSIONS,
    "Administrators": ADMINISTRATOR_PERMISSIONS,
    "Editors": EDITOR_PERMISSIONS,
    "Moderators": MODERATOR_PERMISSIONS,
}


def permissions(apps, dotted_names):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def create_groups(apps, schema_editor):
    """Create the cases permissions now (Django makes them only after all migrations), then grant them."""
    for label in ("cases", "wagtailadmin"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for name, dotted_names in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions(apps, dotted_names))


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name="Case workers").delete()
    for group in Group.objects.filter(name__in=["Administrators", "Editors", "Moderators"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="cases"))


def create_default_organisation(apps, schema_editor):
    """Cases whose region is not given or not mapped go here until an administrator maps regions."""
    Organisation = apps.get_model("cases", "Organisation")
    if not Organisation.objects.filter(is_default=True).exists():
        Organisation.objects.get_or_create(
            slug="network", defaults={"name": "Birge network", "is_default": True}
        )


def remove_default_organisation(apps, schema_editor):
    Organisation = apps.get_model("cases", "Organisation")
    Organisation.objects.filter(slug="network", cases__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0001_initial"),
        ("accounts", "0002_accounts_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [
        migrations.RunPython(create_groups, remove_groups),
        migrations.RunPython(create_default_organisation, remove_default_organisation),
    ]
