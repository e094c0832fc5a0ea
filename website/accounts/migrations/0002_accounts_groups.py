"""The four staff groups and what each may do.

Editors write and translate pages, snippets, images and documents; Moderators may also publish.
Trainers get no model permissions and no admin access: their cohort pages check cohort membership,
so a global permission would let them see every cohort's participants. Administrators manage users,
groups, site settings and the learning money side (orders, payments, receipts, refunds, vouchers).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
MODERATOR_PAGE_PERMISSIONS = EDITOR_PAGE_PERMISSIONS + ["publish_page", "unlock_page", "bulk_delete_page"]

EDITOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
MODERATOR_COLLECTION_PERMISSIONS = EDITOR_COLLECTION_PERMISSIONS + [
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
]

EDITOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "core.add_topic",
    "core.change_topic",
    "core.add_navigationmenu",
    "core.change_navigationmenu",
]
MODERATOR_PERMISSIONS = EDITOR_PERMISSIONS + ["core.delete_topic"]
ADMINISTRATOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "accounts.add_user",
    "accounts.change_user",
    "accounts.delete_user",
    "accounts.view_user",
    "auth.add_group",
    "auth.change_group",
    "auth.delete_group",
    "auth.view_group",
    "core.change_sitesettings",
    "core.view_auditentry",
    "learning.view_order",
    "learning.change_order",
    "learning.view_payment",
    "learning.change_payment",
    "learning.view_receipt",
    "learning.view_refund",
    "learning.add_refund",
    "learning.view_voucher",
    "learning.add_voucher",
    "learning.change_voucher",
    "learning.delete_voucher",
]

GROUPS = {
    "Editors": (EDITOR_PERMISSIONS, EDITOR_PAGE_PERMISSIONS, EDITOR_COLLECTION_PERMISSIONS),
    "Moderators": (MODERATOR_PERMISSIONS, MODERATOR_PAGE_PERMISSIONS, MODERATOR_COLLECTION_PERMISSIONS),
    "Trainers": ([], [], []),
    "Administrators": (ADMINISTRATOR_PERMISSIONS, [], []),
}


def ensure_permissions_exist(apps):
    """Permissions are normally created after all migrations; this migration needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def permission(apps, dotted):
    app_label, codename = dotted.split(".")
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label=app_label, codename=codename
    )


def create_groups(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name, (model_permissions, page_permissions, collection_permissions) in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[permission(apps, dotted) for dotted in model_permissions])
        for codename in page_permissions:
            if root_page is not None:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission(apps, f"wagtailcore.{codename}")
                )
        for dotted in collection_permissions:
            if root_collection is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(apps, dotted)
                )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("learning", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
