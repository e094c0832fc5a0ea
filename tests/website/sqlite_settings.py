"""`make run`'s settings on a SQLite file of the test's own, built from the models without migrations
(a migrated SQLite file takes about a minute), with no rate limit on sign-ups from one address. Each
email task runs in the request that queued it, right after its commit, as the worker would meanwhile:
its writes to the outbox meet the other sign-ups' writes."""

from website.settings.dev import *  # noqa: F403


class NoMigrations:
    """Every app's tables are made straight from its models (`migrate --run-syncdb`)."""

    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


MIGRATION_MODULES = NoMigrations()
DEBUG = False
EVENT_SIGNUP_RATE_LIMIT = ""
PAGE_CACHE_SECONDS = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CELERY_TASK_ALWAYS_EAGER = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
