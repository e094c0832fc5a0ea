"""Local development: SQLite, console email, embedded Celery broker, the test payment provider."""

from .base import *  # noqa: F403
from .base import env, payment_variants

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-secret-key-not-for-production")
FIELD_ENCRYPTION_KEYS = env.list(
    "FIELD_ENCRYPTION_KEYS", default=["ZGV2LW9ubHktZmllbGQta2V5LW5vdC1mb3ItcHJvZHU="]
)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
# The test payment provider ("no money is taken") comes first at checkout, before any configured provider.
PAYMENT_TEST_MODE = env.bool("PAYMENT_TEST_MODE", default=True)
PAYMENT_VARIANTS = payment_variants(PAYMENT_TEST_MODE)
