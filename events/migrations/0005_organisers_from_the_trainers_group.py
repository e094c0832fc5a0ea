"""The page editor offers only members of the Trainers group as an event's organisers (not every account)."""

import modelcluster.fields
import website.core.people
from django.conf import settings
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_forget_personal_references"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="eventpage",
            name="organisers",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="Members of the Trainers group. They see this event's participants, register people and check them in.",
                limit_choices_to=website.core.people.trainer_choices,
                related_name="organised_events",
                to=settings.AUTH_USER_MODEL,
                verbose_name="organisers",
            ),
        ),
    ]
