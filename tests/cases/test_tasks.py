from django.conf import settings

from cases import tasks


def test_the_reminder_scan_is_on_the_beat_schedule():
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "cases.tasks.remind_assignees" in scheduled
    assert tasks.remind_assignees.name == "cases.tasks.remind_assignees"
