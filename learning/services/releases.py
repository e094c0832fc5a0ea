"""'A new module is open' emails: sent once per enrolled learner and module, however often the scan runs."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from learning.models import CoursePage, Enrolment, ModulePage, ModuleReleaseNotice
from learning.services.progress import localized_pages, parent_path
from website.core.mail import batched_handover, language_for, send_templated_email

logger = logging.getLogger("birge.learning")


def released_modules(now):
    """Live modules whose release date has passed, with the course each belongs to."""
    modules = list(
        ModulePage.objects.live().filter(release_at__isnull=False, release_at__lte=now).order_by("path")
    )
    courses = CoursePage.objects.filter(path__in={parent_path(m) for m in modules})
    course_by_path = {course.path: course for course in courses}
    return [(module, course_by_path[parent_path(module)]) for module in modules]


def opened_at(module):
    """When learners could first see the module: its release date, or its publication if that came later."""
    return max(module.release_at, module.first_published_at or module.release_at)


def learners_to_tell(module, course):
    """Active enrolments made before the module opened that have not been told yet.

    Learners who enrol after a module opened find it open already and get no email about it.
    """
    return (
        Enrolment.objects.filter(
            course=course, status=Enrolment.Status.ACTIVE, created_at__lt=opened_at(module)
        )
        .exclude(release_notices__module=module)
        .select_related("user")
    )


def announce_released_modules(now=None):
    """Email each enrolled learner once about every module that has opened; returns how many were sent."""
    now = now or timezone.now()
    sent = 0
    translations = {}  # (module pk, language) -> localized module and course, looked up once
    with batched_handover():
        for module, course in released_modules(now):
            for enrolment in learners_to_tell(module, course):
                if announce(enrolment, module, course, translations):
                    sent += 1
    return sent


def announce(enrolment, module, course, translations):
    """Claim the marker first and send only if this run inserted it (a parallel run gets IntegrityError)."""
    language = language_for(enrolment.user)
    if (module.pk, language) not in translations:
        translations[module.pk, language] = localized_pages(
            [module.translation_key, course.translation_key], language
        )
    localized = translations[module.pk, language]
    try:
        with transaction.atomic():
            ModuleReleaseNotice.objects.create(enrolment=enrolment, module=module)
            send_templated_email(
                "learning/email/module_released",
                enrolment.user.email,
                {
                    "user": enrolment.user,
                    "module": localized.get(module.translation_key, module),
                    "course": localized.get(course.translation_key, course),
                    "release_at": module.release_at,
                },
                language,
            )
    except IntegrityError:
        logger.info("Module %s already announced to enrolment %s", module.pk, enrolment.pk)
        return False
    return True
