"""The page editor offers only members of the Trainers group as a course's trainers (not every account)."""

import modelcluster.fields
import website.core.people
from django.conf import settings
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0002_receipt_sequence_participant_language"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="coursepage",
            name="trainers",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="Members of the Trainers group.",
                limit_choices_to=website.core.people.trainer_choices,
                related_name="trained_courses",
                to=settings.AUTH_USER_MODEL,
                verbose_name="trainers",
            ),
        ),
    ]
