"""Test settings: only overrides. PostgreSQL and Redis are used when they answer on this machine."""

import socket

from .base import *  # noqa: F403
from .base import REDIS_BROKER_TRANSPORT_OPTIONS, env, payment_variants


def service_answers(host, port):
    """Whether a TCP service accepts connections (a quick probe, no protocol)."""
    try:
        with socket.create_connection((host, port), timeout=0.3):
            return True
    except OSError:
        return False


POSTGRES_AVAILABLE = service_answers("127.0.0.1", 5432)
REDIS_AVAILABLE = service_answers("127.0.0.1", 6379)

SECRET_KEY = "test-secret-key"  # nosec B105 # test settings only
DEBUG = False
FIELD_ENCRYPTION_KEYS = ["dGVzdC1maWVsZC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA="]
ALLOWED_HOSTS = ["*"]

if env.str("DATABASE_URL", default=""):
    DATABASES = {"default": env.db("DATABASE_URL")}
elif POSTGRES_AVAILABLE:
    DATABASES = {"default": env.db_url_config("postgres://postgres@127.0.0.1:5432/birge")}
else:
    DATABASES = {"default": env.db_url_config("sqlite:///:memory:")}

# Each parallel test process gets its own Redis database, so one process's worker never takes another's tasks.
XDIST_WORKER_NUMBER = int(env.str("PYTEST_XDIST_WORKER", default="gw0").removeprefix("gw") or 0)
TEST_REDIS_URL = env.str("REDIS_URL", default="") or (
    f"redis://127.0.0.1:6379/{15 - XDIST_WORKER_NUMBER}" if REDIS_AVAILABLE else ""
)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests that request a page twice expect it rendered twice; tests/website/core/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = 0
if TEST_REDIS_URL:
    CELERY_BROKER_URL = TEST_REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = REDIS_BROKER_TRANSPORT_OPTIONS
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True

PAYMENT_TEST_MODE = True
PAYMENT_VARIANTS = payment_variants(PAYMENT_TEST_MODE)

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ACCOUNT_RATE_LIMITS = False
EVENT_SIGNUP_RATE_LIMIT = ""
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Tests assert the source (English) strings; tests/test_translations.py switches the project's catalogues on.
LOCALE_PATHS = []
