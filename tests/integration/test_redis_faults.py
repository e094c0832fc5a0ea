"""Redis only speeds the site up: refused or frozen, it costs no page, no session and no sign-up.

Each test runs a Redis server of its own, on a free port, with the production settings' cache and broker
options, and stops it (SIGTERM) or freezes it (SIGSTOP) in the middle. A request that waits on a frozen
Redis is cut off after a few seconds, so a hang fails the test instead of holding the suite.
"""

import contextlib
import json
import shutil
import signal
import socket
import subprocess
import time
import uuid

import pytest
import redis
from django.core.cache import cache

from events.models import Registration
from learning.factories import CoursePageFactory
from learning.models import Enrolment
from tests.conftest import missing_service
from tests.events.public_site import add_event, build_events_site, sign_up_url
from tests.integration.test_email_worker import wait_until
from tests.learning.course_site import catalogue
from tests.security.production import run_with_production_settings
from tests.workers import running_worker
from website.accounts.factories import PASSWORD, UserFactory
from website.celery import app as celery_app
from website.core import outage
from website.core.models import OutboxEmail
from website.core.tasks import flush_outbox
from website.settings import base as base_settings

pytestmark = pytest.mark.services

ANSWER_SECONDS = 1.0
HANG_SECONDS = 4.0
START_SECONDS = 5.0
SIGNED_IN = 'action="/en/accounts/logout/"'
SIGN_UP = {"email": "nurlan@example.org", "password1": PASSWORD, "password2": PASSWORD}
# Each timed request is made once before, refused by its form, so that the time measured is Redis's share
# and not the first request's loading of templates and modules.
SIGN_UP_REFUSED = {**SIGN_UP, "password2": "not the same"}
PRINT_REDIS_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "cache": settings.CACHES["default"],
    "broker_url": settings.CELERY_BROKER_URL,
    "broker_options": settings.CELERY_BROKER_TRANSPORT_OPTIONS,
    "broker_connection_timeout": settings.CELERY_BROKER_CONNECTION_TIMEOUT,
}))
"""


def production_redis_settings(**extra_env):
    result = run_with_production_settings(
        "shell",
        "--no-imports",
        "-c",
        PRINT_REDIS_SETTINGS,
        REDIS_URL="redis://cache.internal:6379/1",
        **extra_env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A redis-server of the test's own, which the test may stop, freeze and thaw."""

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(  # nosec B603 B607 # a fixed command line, no shell
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_timeout=0.2, socket_connect_timeout=0.2)
        assert wait_until(lambda: self.answers(client), timeout=START_SECONDS), "redis-server did not start"

    @staticmethod
    def answers(client):
        with contextlib.suppress(redis.RedisError):
            return client.ping()
        return False

    def freeze(self):
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        """SIGTERM, as a service manager stops it; a frozen server is thawed so that it can exit."""
        self.process.terminate()
        self.thaw()
        self.process.wait(timeout=START_SECONDS)

    def kill(self):
        if self.process.poll() is None:
            self.thaw()
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def production_redis():
    return production_redis_settings()


@pytest.fixture
def redis_server(tmp_path):
    if shutil.which("redis-server") is None:
        missing_service("redis-server is not installed")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.kill()


def close_breakers():
    """Forget the failures earlier tests met: each test starts with every Redis presumed up."""
    for breaker in outage.breakers.values():
        breaker.open_until = 0.0


def point_broker_at(server, production_redis, monkeypatch):
    """Tasks go to `server` with production's broker options, not run in the caller (the test default)."""
    broker = {
        "CELERY_TASK_ALWAYS_EAGER": False,
        "CELERY_BROKER_URL": server.url,
        "CELERY_BROKER_TRANSPORT_OPTIONS": production_redis["broker_options"],
        "CELERY_BROKER_CONNECTION_TIMEOUT": production_redis["broker_connection_timeout"],
    }
    for key, value in broker.items():
        monkeypatch.setitem(celery_app.conf, key, value)
    monkeypatch.setattr(celery_app.amqp, "_producer_pool", None)
    monkeypatch.setattr(celery_app, "_pool", None)


@pytest.fixture
def site_on_redis(redis_server, production_redis, settings, monkeypatch):
    """The site as in production with REDIS_URL at the test's own server: cache, page cache, sessions, broker."""
    settings.CACHES = {
        "default": {**production_redis["cache"], "LOCATION": redis_server.url, "KEY_PREFIX": uuid.uuid4().hex}
    }
    settings.PAGE_CACHE_SECONDS = 300
    point_broker_at(redis_server, production_redis, monkeypatch)
    close_breakers()
    yield redis_server
    close_breakers()


class Hung(BaseException):
    """Raised in a request that waited too long; a BaseException, so no client library swallows it."""


def on_alarm(signum, frame):
    raise Hung(f"no answer within {HANG_SECONDS} s")


def timed(call, *args, **kwargs):
    """The call's answer and how long it took; a call that hangs is cut off and fails the test."""
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    started = time.monotonic()
    try:
        answer = call(*args, **kwargs)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return answer, time.monotonic() - started


def post_committed(client, capture_on_commit_callbacks, url, data):
    """A POST whose on-commit work (handing the email to the broker) runs within it, as in a real request."""
    with capture_on_commit_callbacks(execute=True):
        return client.post(url, data)


def page_content(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def event():
    return add_event(build_events_site(), title="День прав человека", capacity=20)


def test_production_gives_the_redis_clients_timeouts_well_under_a_second():
    values = production_redis_settings()

    assert values["cache"]["LOCATION"] == "redis://cache.internal:6379/1"
    assert values["broker_url"] == "redis://cache.internal:6379/1"
    for options in (values["cache"]["OPTIONS"], values["broker_options"]):
        assert 0 < options["socket_connect_timeout"] <= 0.5
        assert 0 < options["socket_timeout"] <= 0.5
    assert values["broker_connection_timeout"] <= 0.5


def test_operators_can_put_the_broker_on_another_server():
    values = production_redis_settings(CELERY_BROKER_URL="redis://broker.internal:6379/0")

    assert values["broker_url"] == "redis://broker.internal:6379/0"
    assert values["cache"]["LOCATION"] == "redis://cache.internal:6379/1"
    assert values["broker_options"]["socket_timeout"] <= 0.5


@pytest.mark.django_db
def test_pages_render_from_the_database_while_redis_refuses_connections(site_on_redis, event, client):
    assert "День прав человека" in page_content(client.get(event.url))
    assert any(b":pages." in key for key in cache._cache.get_client().keys("*")), "the page was not cached"

    site_on_redis.stop()
    response, seconds = timed(client.get, event.url)

    assert "День прав человека" in page_content(response)
    assert seconds < ANSWER_SECONDS


@pytest.mark.django_db
def test_pages_answer_at_once_while_redis_is_frozen_and_from_the_cache_once_it_is_back(
    site_on_redis, event, client, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr(outage, "RETRY_AFTER_SECONDS", 1.0)
    page_content(client.get(event.url))

    site_on_redis.freeze()
    answers = [timed(client.get, event.url) for _request in range(5)]

    assert all("День прав человека" in page_content(response) for response, _seconds in answers)
    assert max(seconds for _response, seconds in answers) < ANSWER_SECONDS
    # A frozen Redis is waited on once, then left alone for a few seconds: not every request pays the timeout.
    assert sum(seconds for _response, seconds in answers) < ANSWER_SECONDS * 1.5

    site_on_redis.thaw()
    time.sleep(outage.RETRY_AFTER_SECONDS)
    with django_assert_num_queries(0):
        with_the_cache_back, _seconds = timed(client.get, event.url)
    assert "День прав человека" in page_content(with_the_cache_back)


@pytest.mark.django_db
def test_signed_in_people_stay_signed_in_while_redis_is_frozen_or_down(site_on_redis, client):
    client.force_login(UserFactory(email="aigul@example.org", display_name="Aigul"))
    assert SIGNED_IN in page_content(client.get("/en/learning/"))

    site_on_redis.freeze()
    frozen, frozen_seconds = timed(client.get, "/en/learning/")
    site_on_redis.stop()
    close_breakers()  # so that the next request meets the refusal, not the breaker the freeze opened
    down, down_seconds = timed(client.get, "/en/learning/")

    assert SIGNED_IN in page_content(frozen) and frozen_seconds < ANSWER_SECONDS
    assert SIGNED_IN in page_content(down) and down_seconds < ANSWER_SECONDS


@pytest.mark.django_db
def test_an_enrolment_while_redis_is_frozen_is_saved_at_once(site_on_redis, client):
    course = CoursePageFactory(parent=catalogue("ru"), title="Documenting violations")
    learner = UserFactory()
    client.force_login(learner)
    page_content(client.get(course.url))

    site_on_redis.freeze()
    response, seconds = timed(client.post, course.url + "enrol/")

    assert (response.status_code, response["Location"]) == (302, course.url) and seconds < ANSWER_SECONDS
    assert Enrolment.objects.filter(user=learner, course=course, status=Enrolment.Status.ACTIVE).exists()


@pytest.mark.django_db
def test_a_sign_out_while_redis_is_frozen_holds_once_it_is_back(site_on_redis, client, settings):
    settings.SESSION_CACHED_COPY_SECONDS = 1  # a minute in production; the copy's lifetime is the bound
    client.force_login(UserFactory(email="aigul@example.org"))
    ended_session = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert SIGNED_IN in page_content(client.get("/en/learning/"))

    site_on_redis.freeze()
    sign_out, seconds = timed(client.post, "/en/accounts/logout/")
    assert sign_out.status_code == 302 and seconds < ANSWER_SECONDS
    time.sleep(1.5)
    site_on_redis.thaw()
    close_breakers()
    client.cookies[settings.SESSION_COOKIE_NAME] = ended_session

    assert client.get("/en/learning/")["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_signing_up_and_in_work_while_redis_refuses_connections_with_the_rate_limits_on(
    site_on_redis, client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.ACCOUNT_RATE_LIMITS = base_settings.ACCOUNT_RATE_LIMITS
    UserFactory(email="aigul@example.org")
    assert client.post("/en/accounts/signup/", SIGN_UP_REFUSED).status_code == 200
    assert (
        client.post("/en/accounts/login/", {"login": "aigul@example.org", "password": "?"}).status_code == 200
    )
    site_on_redis.stop()

    sign_up, sign_up_seconds = timed(
        post_committed, client, django_capture_on_commit_callbacks, "/en/accounts/signup/", SIGN_UP
    )
    sign_in, sign_in_seconds = timed(
        client.post, "/en/accounts/login/", {"login": "aigul@example.org", "password": PASSWORD}
    )

    assert (sign_up.status_code, sign_up["Location"]) == (302, "/en/accounts/confirm-email/")
    assert sign_up_seconds < ANSWER_SECONDS
    [waiting] = OutboxEmail.objects.all()
    assert waiting.status == OutboxEmail.Status.PENDING and mailoutbox == []
    assert (sign_in.status_code, sign_in["Location"]) == (302, "/en/accounts/profile/")
    assert sign_in_seconds < ANSWER_SECONDS
    assert client.get("/en/accounts/profile/").status_code == 200


@pytest.mark.django_db
def test_rate_limits_fail_open_while_redis_is_down_and_count_again_once_it_is_back(
    site_on_redis, client, settings, monkeypatch
):
    monkeypatch.setattr(outage, "RETRY_AFTER_SECONDS", 0.5)
    settings.ACCOUNT_RATE_LIMITS = {"login": "3/m/ip"}
    wrong_password = {"login": "nobody@example.org", "password": "guess"}

    def four_sign_ins():
        return [client.post("/en/accounts/login/", wrong_password).status_code for _attempt in range(4)]

    site_on_redis.stop()
    while_down = four_sign_ins()
    site_on_redis.start()
    time.sleep(outage.RETRY_AFTER_SECONDS)

    assert while_down == [200, 200, 200, 200]
    assert four_sign_ins() == [200, 200, 200, 429]


@pytest.mark.django_db(transaction=True)
def test_a_guest_sign_up_while_redis_is_frozen_answers_at_once_and_its_email_goes_out_once_it_is_back(
    site_on_redis, event, client, settings, mailoutbox
):
    settings.EVENT_SIGNUP_RATE_LIMIT = base_settings.EVENT_SIGNUP_RATE_LIMIT
    assert client.post(sign_up_url(event), {"name": "Aida"}).status_code == 200
    site_on_redis.freeze()

    response, seconds = timed(client.post, sign_up_url(event), {"name": "Aida", "email": "aida@example.org"})

    assert (response.status_code, response["Location"]) == (302, event.url) and seconds < ANSWER_SECONDS
    assert Registration.objects.filter(email="aida@example.org").exists()
    [waiting] = OutboxEmail.objects.all()
    assert waiting.status == OutboxEmail.Status.PENDING and mailoutbox == []

    site_on_redis.thaw()
    with running_worker(celery_app):
        flush_outbox.delay()  # what beat sends every minute
        delivered = wait_until(lambda: len(mailoutbox) >= 1)
        time.sleep(1)  # anything the frozen server kept from before would be delivered by now

    assert delivered, "the worker did not send the email"
    assert [message.to for message in mailoutbox] == [["aida@example.org"]]
    waiting.refresh_from_db()
    assert waiting.status == OutboxEmail.Status.SENT


@pytest.mark.django_db
def test_a_frozen_broker_of_its_own_holds_a_sign_up_for_a_fraction_of_a_second(
    redis_server, production_redis, monkeypatch, client, mailoutbox, django_capture_on_commit_callbacks
):
    point_broker_at(redis_server, production_redis, monkeypatch)
    close_breakers()
    assert client.post("/en/accounts/signup/", SIGN_UP_REFUSED).status_code == 200
    redis_server.freeze()

    response, seconds = timed(
        post_committed, client, django_capture_on_commit_callbacks, "/en/accounts/signup/", SIGN_UP
    )

    assert response.status_code == 302 and seconds < ANSWER_SECONDS
    [waiting] = OutboxEmail.objects.all()
    assert waiting.status == OutboxEmail.Status.PENDING and mailoutbox == []
