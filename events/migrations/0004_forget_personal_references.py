"""Registrations, orders, progress and other personal records leave Wagtail's reference index.

From now on these models are not indexed (website.core.models.PersonalRecord); this removes the rows
written before, so no page's "Usage" listing in the admin names a participant.
"""

from django.db import migrations

PERSONAL_MODELS = {
    "events": ["registration", "sentreminder", "feedback"],
    "learning": [
        "certificate",
        "participant",
        "attendance",
        "order",
        "payment",
        "refund",
        "enrolment",
        "lessoncompletion",
        "quizattempt",
        "modulereleasenotice",
    ],
}


def forget_personal_references(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    for app_label, models in PERSONAL_MODELS.items():
        content_types = ContentType.objects.filter(app_label=app_label, model__in=models)
        ReferenceIndex.objects.filter(content_type__in=content_types).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_feedback_moderation_permissions"),
        ("learning", "0002_receipt_sequence_participant_language"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forget_personal_references, migrations.RunPython.noop)]
