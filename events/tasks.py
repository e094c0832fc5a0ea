from celery import shared_task

from events.services import registrations


@shared_task
def expire_seat_offers():
    """Lapse offers not accepted in time and offer those seats to the next people waiting."""
    return registrations.expire_offers()
