import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from wagtail.models import GroupCollectionPermission, GroupPagePermission

GROUPS_MIGRATION = ("accounts", "0002_accounts_groups")
GROUP_NAMES = ["Editors", "Moderators", "Trainers", "Administrators"]


def run_groups_migration_forward():
    """Run the migration's operation on the historical models it was written against."""
    loader = MigrationLoader(connection)
    state_before = loader.project_state(GROUPS_MIGRATION, at_end=False)
    [operation] = loader.get_migration(*GROUPS_MIGRATION).operations
    operation.code(state_before.apps, None)


def model_permissions(name):
    group = Group.objects.get(name=name)
    return {
        f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")
    }


def page_permissions(name):
    return set(
        GroupPagePermission.objects.filter(group__name=name).values_list("permission__codename", flat=True)
    )


def assert_groups_have_their_permissions():
    assert set(GROUP_NAMES) <= set(Group.objects.values_list("name", flat=True))

    editors = model_permissions("Editors")
    assert {
        "wagtailadmin.access_admin",
        "core.change_topic",
        "wagtail_localize.submit_translation",
    } <= editors
    assert page_permissions("Editors") == {"add_page", "change_page", "lock_page"}
    assert GroupCollectionPermission.objects.filter(
        group__name="Editors", permission__codename="add_image"
    ).exists()

    assert "publish_page" in page_permissions("Moderators")
    assert page_permissions("Editors") < page_permissions("Moderators")
    assert editors <= model_permissions("Moderators")

    assert model_permissions("Trainers") == set()
    assert page_permissions("Trainers") == set()

    administrators = model_permissions("Administrators")
    assert {
        "wagtailadmin.access_admin",
        "accounts.change_user",
        "auth.change_group",
        "learning.change_order",
        "learning.view_payment",
        "learning.change_voucher",
    } <= administrators
    assert "wagtailcore.publish_page" not in administrators


@pytest.mark.django_db
def test_the_migrated_database_has_the_four_groups_with_their_permissions():
    assert_groups_have_their_permissions()


@pytest.mark.django_db
def test_the_groups_migration_creates_the_groups_when_they_are_missing():
    Group.objects.filter(name__in=GROUP_NAMES).delete()

    run_groups_migration_forward()

    assert_groups_have_their_permissions()


@pytest.mark.django_db
def test_the_groups_migration_can_run_again_without_duplicates():
    run_groups_migration_forward()

    assert Group.objects.filter(name="Editors").count() == 1
    assert (
        GroupPagePermission.objects.filter(group__name="Editors", permission__codename="change_page").count()
        == 1
    )
    assert_groups_have_their_permissions()
