from django.db import migrations, models


def copy_address_to_menus(apps, schema_editor):
    """The one address of the site settings becomes each menu's, for editors to translate."""
    SiteSettings = apps.get_model("core", "SiteSettings")
    NavigationMenu = apps.get_model("core", "NavigationMenu")
    address = SiteSettings.objects.exclude(address="").values_list("address", flat=True).first()
    if address:
        NavigationMenu.objects.filter(address="").update(address=address)


def copy_address_to_settings(apps, schema_editor):
    SiteSettings = apps.get_model("core", "SiteSettings")
    NavigationMenu = apps.get_model("core", "NavigationMenu")
    address = NavigationMenu.objects.exclude(address="").values_list("address", flat=True).first()
    if address:
        SiteSettings.objects.update(address=address)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_outbox_message_id"),
    ]

    operations = [
        migrations.AddField(
            model_name="navigationmenu",
            name="address",
            field=models.CharField(
                blank=True,
                help_text="Shown under the contacts in the footer.",
                max_length=250,
                verbose_name="address",
            ),
        ),
        migrations.RunPython(copy_address_to_menus, copy_address_to_settings),
        migrations.RemoveField(
            model_name="sitesettings",
            name="address",
        ),
    ]
