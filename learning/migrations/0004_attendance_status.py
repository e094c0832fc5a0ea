from django.db import migrations, models


def status_from_present(apps, schema_editor):
    """present=True becomes "present", everything else "absent" (the new field's default)."""
    Attendance = apps.get_model("learning", "Attendance")
    Attendance.objects.filter(present=True).update(status="present")


def present_from_status(apps, schema_editor):
    """Going back: whoever was there, on time or late, was present."""
    Attendance = apps.get_model("learning", "Attendance")
    Attendance.objects.filter(status__in=["present", "late"]).update(present=True)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0003_trainers_from_the_trainers_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="attendance",
            name="status",
            field=models.CharField(
                choices=[("present", "Present"), ("late", "Late"), ("excused", "Excused"), ("absent", "Absent")],
                default="absent",
                max_length=10,
                verbose_name="attendance",
            ),
        ),
        migrations.RunPython(status_from_present, present_from_status),
        migrations.RemoveField(
            model_name="attendance",
            name="present",
        ),
    ]
