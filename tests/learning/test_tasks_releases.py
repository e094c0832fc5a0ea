"""The real thing: the beat task sent twice through Redis to a live Celery worker."""

from datetime import timedelta

import pytest
from celery.contrib.testing import tasks as celery_test_tasks
from django.core import mail
from django.utils import timezone

from learning import factories as f
from learning.models import ModuleReleaseNotice
from learning.services.enrolment import enrol
from learning.tasks import announce_released_modules
from tests.learning.course_site import catalogue
from tests.workers import running_worker
from website.accounts.factories import UserFactory
from website.core.factories import translate


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_beat_task_sent_twice_tells_each_learner_once(celery_on_redis):
    course = f.CoursePageFactory(parent=catalogue("ru"))
    module = f.ModulePageFactory(
        parent=course, title="Data analysis", release_at=timezone.now() + timedelta(hours=1)
    )
    translate(module, "ky", title="Маалыматтарды талдоо")
    learners = [UserFactory(preferred_language="ky"), UserFactory(preferred_language="ru")]
    for learner in learners:
        enrol(learner, course)
    module.release_at = timezone.now()
    module.save_revision().publish()

    with running_worker(celery_on_redis, perform_ping_check=True, shutdown_timeout=30):
        first = announce_released_modules.delay()
        second = announce_released_modules.delay()
        counts = sorted([first.get(timeout=60), second.get(timeout=60)])
        # The worker runs tasks in order: once this answers, the queued emails have been sent.
        assert celery_test_tasks.ping.delay().get(timeout=60) == "pong"

    assert counts == [0, 2]
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in learners)
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert "Маалыматтарды талдоо" in subjects[learners[0].email]
    assert "Data analysis" in subjects[learners[1].email]
    assert ModuleReleaseNotice.objects.count() == 2
