from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from learning import factories as f
from learning.models import Enrolment, ModuleReleaseNotice
from learning.services import releases
from learning.services.enrolment import enrol, revoke
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory
from website.core.factories import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def module():
    """A CBPR-like course whose module 'Data analysis' opens tomorrow, translated into Kyrgyz."""
    course = f.CoursePageFactory(parent=catalogue("ru"), title="CBPR")
    module = f.ModulePageFactory(
        parent=course, title="Data analysis", release_at=timezone.now() + timedelta(days=1)
    )
    translate(module, "ky", title="Маалыматтарды талдоо")
    return module


def enrolled(module, language="ru"):
    user = UserFactory(preferred_language=language)
    enrol(user, module.get_parent().specific)
    return user


def after_release(module):
    return module.release_at + timedelta(minutes=5)


def test_nothing_is_sent_before_the_release_date(module, django_capture_on_commit_callbacks):
    enrolled(module)

    with django_capture_on_commit_callbacks(execute=True):
        assert releases.announce_released_modules(now=module.release_at - timedelta(seconds=1)) == 0
    assert mail.outbox == []


def test_each_learner_is_told_once_even_when_the_scan_runs_twice(module, django_capture_on_commit_callbacks):
    learners = [enrolled(module), enrolled(module)]

    with django_capture_on_commit_callbacks(execute=True):
        first = releases.announce_released_modules(now=after_release(module))
        second = releases.announce_released_modules(now=after_release(module))

    assert (first, second) == (2, 0)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in learners)
    assert ModuleReleaseNotice.objects.count() == 2


def test_email_is_in_the_learners_language_with_the_translated_module_title(
    module, django_capture_on_commit_callbacks
):
    enrolled(module, language="ky")
    enrolled(module, language="en")

    with django_capture_on_commit_callbacks(execute=True):
        releases.announce_released_modules(now=after_release(module))

    by_address = {m.to[0]: m for m in mail.outbox}
    ky_mail = next(m for m in by_address.values() if "Маалыматтарды талдоо" in m.subject)
    en_mail = next(m for m in by_address.values() if "Data analysis" in m.subject)
    assert ky_mail is not en_mail
    assert "/ky/" in ky_mail.body
    assert "/ru/" in en_mail.body  # no English translation: the original module is linked


def test_revoked_learners_are_not_told(module, django_capture_on_commit_callbacks):
    user = enrolled(module)
    revoke(user, module.get_parent().specific)

    with django_capture_on_commit_callbacks(execute=True):
        assert releases.announce_released_modules(now=after_release(module)) == 0
    assert mail.outbox == []


def test_learners_who_enrol_after_the_release_are_not_told(module, django_capture_on_commit_callbacks):
    user = enrolled(module)
    Enrolment.objects.filter(user=user).update(created_at=after_release(module))

    with django_capture_on_commit_callbacks(execute=True):
        assert releases.announce_released_modules(now=after_release(module) + timedelta(hours=1)) == 0
    assert mail.outbox == []


def test_a_marker_claimed_by_a_parallel_run_means_no_second_email(module, django_capture_on_commit_callbacks):
    user = enrolled(module)
    enrolment = Enrolment.objects.get(user=user)
    course = module.get_parent().specific
    ModuleReleaseNotice.objects.create(enrolment=enrolment, module=module)

    with django_capture_on_commit_callbacks(execute=True):
        assert releases.announce(enrolment, module, course, {}) is False
    assert mail.outbox == []
    assert ModuleReleaseNotice.objects.count() == 1


def test_module_published_after_its_date_is_announced_to_learners_enrolled_before_publication(
    module, django_capture_on_commit_callbacks
):
    user = enrolled(module)
    Enrolment.objects.filter(user=user).update(created_at=after_release(module))
    module.first_published_at = after_release(module) + timedelta(hours=1)
    module.save(update_fields=["first_published_at"])

    with django_capture_on_commit_callbacks(execute=True):
        assert releases.announce_released_modules(now=after_release(module) + timedelta(hours=2)) == 1
    assert [m.to[0] for m in mail.outbox] == [user.email]
