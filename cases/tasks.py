from celery import shared_task

from cases.services import notifications


@shared_task
def remind_assignees():
    """Periodic scan (see CELERY_BEAT_SCHEDULE): remind assignees of open cases that wait for an action."""
    return notifications.remind_assignees()
