from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Locale

from cases.first_violation_types import FIRST_VIOLATION_TYPES
from cases.models import ViolationType


@receiver(post_save, sender=Locale, dispatch_uid="cases-first-violation-types-in-new-language")
def translate_first_violation_types(sender, instance, created, raw=False, **kwargs):
    """A language added to the site gets the first violation types in its own words (editors change them later)."""
    if not created or raw:
        return
    names_by_source = {
        names[code]: names
        for names in FIRST_VIOLATION_TYPES
        for code in names
        if code != instance.language_code
    }
    translated = ViolationType.objects.filter(locale=instance).values_list("translation_key", flat=True)
    for source in ViolationType.objects.exclude(locale=instance).exclude(translation_key__in=translated):
        names = names_by_source.get(source.name)
        if names and instance.language_code in names:
            ViolationType.objects.get_or_create(
                translation_key=source.translation_key,
                locale=instance,
                defaults={"name": names[instance.language_code], "sort_order": source.sort_order},
            )
