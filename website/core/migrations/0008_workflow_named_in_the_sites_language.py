"""Wagtail names its default workflow and task "Moderators approval", in English, as data. The site's working
language is Russian, so they get Russian names, unless an administrator has renamed them already."""

from django.db import migrations

WAGTAIL_NAME = "Moderators approval"
WORKFLOW_NAME = "Проверка модератором"
TASK_NAME = "Одобрение модератора"


def name_in_russian(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WAGTAIL_NAME).update(name=WORKFLOW_NAME)
    apps.get_model("wagtailcore", "Task").objects.filter(name=WAGTAIL_NAME).update(name=TASK_NAME)


def name_as_wagtail_does(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).update(name=WAGTAIL_NAME)
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).update(name=WAGTAIL_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0007_human_labels"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(name_in_russian, name_as_wagtail_does)]
