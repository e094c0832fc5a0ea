from celery import shared_task

from learning.services import releases


@shared_task
def announce_released_modules():
    """Periodic scan (see CELERY_BEAT_SCHEDULE): tell enrolled learners about modules that have opened."""
    return releases.announce_released_modules()
