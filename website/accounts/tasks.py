from celery import shared_task
from django.core.management import call_command


@shared_task
def clear_expired_sessions():
    """Nightly: delete expired sessions from the database (Django does not delete them by itself)."""
    call_command("clearsessions")
