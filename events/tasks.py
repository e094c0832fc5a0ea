from celery import shared_task

from events.services import registrations, reminders


@shared_task
def expire_seat_offers():
    """Lapse offers not accepted in time and offer those seats to the next people waiting."""
    return registrations.expire_offers()


@shared_task
def send_due_reminders():
    """Periodic scan (see CELERY_BEAT_SCHEDULE): reminders, "time changed" messages and feedback requests due now."""
    return reminders.send_due_reminders()
