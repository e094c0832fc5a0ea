import datetime

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from website.accounts.tasks import clear_expired_sessions
from website.celery import app

pytestmark = pytest.mark.django_db


def saved_session(expires_in):
    session = SessionStore()
    session["_auth_user_id"] = "1"
    session.set_expiry(expires_in)
    session.save()
    return session.session_key


def test_the_nightly_clean_up_deletes_expired_sessions_and_keeps_live_ones():
    live = saved_session(datetime.timedelta(hours=1))
    expired = saved_session(datetime.timedelta(hours=1))
    Session.objects.filter(session_key=expired).update(
        expire_date=timezone.now() - datetime.timedelta(minutes=1)
    )

    clear_expired_sessions.delay().get()

    assert list(Session.objects.values_list("session_key", flat=True)) == [live]


def test_the_clean_up_runs_every_night():
    [schedule] = [
        entry["schedule"]
        for entry in settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == "website.accounts.tasks.clear_expired_sessions"
    ]

    assert (schedule.hour, schedule.day_of_week) == ({4}, set(range(7)))
    assert "website.accounts.tasks.clear_expired_sessions" in app.tasks
