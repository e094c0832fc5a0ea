"""The violation types the report form offers from the start; editors rename, reorder and add to them.

They are created in each of the site's languages that already has a locale (Russian, the default, at
least), as translations of one another.
"""

import uuid

from django.db import migrations

VIOLATION_TYPES = [
    {"ru": "Насилие", "ky": "Зомбулук", "en": "Violence"},
    {"ru": "Злоупотребления со стороны полиции", "ky": "Милициянын кызматтык абалынан кыянаттык пайдаланышы", "en": "Police abuse"},
    {"ru": "Дискриминация на работе", "ky": "Жумуштагы басмырлоо", "en": "Discrimination at work"},
    {"ru": "Отказ в медицинской помощи", "ky": "Медициналык жардамдан баш тартуу", "en": "Denial of health care"},
    {"ru": "Угрозы или шантаж", "ky": "Коркутуу же шантаж", "en": "Threats or blackmail"},
    {"ru": "Язык вражды в интернете", "ky": "Интернеттеги жек көрүүчүлүк тили", "en": "Hate speech online"},
    {"ru": "Другое", "ky": "Башка", "en": "Something else"},
]


def create_violation_types(apps, schema_editor):
    ViolationType = apps.get_model("cases", "ViolationType")
    Locale = apps.get_model("wagtailcore", "Locale")
    if ViolationType.objects.exists():
        return
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=["ru", "ky", "en"])}
    for position, names in enumerate(VIOLATION_TYPES, start=1):
        translation_key = uuid.uuid4()
        for language, locale in locales.items():
            ViolationType.objects.create(
                name=names[language], sort_order=position * 10, locale=locale, translation_key=translation_key
            )


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0002_case_workers_group"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_violation_types, migrations.RunPython.noop)]
