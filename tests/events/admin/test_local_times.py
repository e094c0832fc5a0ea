"""Times on the admin's inspect pages are in the site's time zone, like the listings beside them."""

import datetime

import pytest
from django.urls import reverse

from events.models import Consent, Feedback
from events.services import feedback as feedback_service

from ..feedback_helpers import attended, past_event, staff_member

pytestmark = pytest.mark.django_db

RECEIVED_UTC = datetime.datetime(2026, 3, 10, 2, 50, tzinfo=datetime.UTC)


def test_a_feedback_shows_when_it_was_received_in_bishkek_time(client, make_event, settings):
    settings.TIME_ZONE = "Asia/Bishkek"
    event = past_event(make_event, title="Тренинг в Жалал-Абаде")
    feedback = feedback_service.submit_feedback(
        attended(event), rating=4, text="Спасибо!", consent=Consent.ANONYMOUS, language="ru"
    )
    Feedback.objects.filter(pk=feedback.pk).update(created_at=RECEIVED_UTC)
    client.force_login(staff_member("Editors"))

    html = client.get(reverse("events_feedback:inspect", args=[feedback.pk])).content.decode()

    assert "8:50" in html
    assert "2:50" not in html
