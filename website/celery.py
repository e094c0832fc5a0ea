"""The Celery app: configured from Django settings (CELERY_*), tasks found in each app's tasks.py."""

import os

from celery import Celery, signals
from django.db import close_old_connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")

app = Celery("website")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.task_prerun.connect
def close_broken_or_old_database_connections(task=None, **kwargs):
    """Before a task, what Django does before a request: close a connection that broke or passed
    CONN_MAX_AGE, and check the next one's health. Never inside a caller's transaction (eager tasks)."""
    if task is not None and not task.request.is_eager:
        close_old_connections()
