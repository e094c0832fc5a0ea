"""Production: secrets come from the environment, and start-up stops when one is missing or when a dev
convenience (test payments, email that goes nowhere) would reach production (website/core/deployment.py)."""

import copy
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from website.core.deployment import UNDELIVERED_EMAIL_BACKENDS, refusal

from .base import *  # noqa: F403
from .base import (
    CASES_EVIDENCE_ROOT,
    CONTENT_SECURITY_POLICY,
    EMAIL_BACKEND,
    EMAIL_DISABLED_IN_PRODUCTION,
    FIELD_ENCRYPTION_KEYS,
    INSTALLED_APPS,
    MEDIA_ROOT,
    SECRET_KEY,
    STATIC_ROOT,
    env,
)

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY is not set: production needs it in the environment.")
if not FIELD_ENCRYPTION_KEYS:
    raise ImproperlyConfigured(
        "FIELD_ENCRYPTION_KEYS is not set: production needs at least one Fernet key "
        "(generate one with `manage.py generate_encryption_key`)."
    )

DEBUG = False
# The demo content (made-up pages and accounts, an administrator whose password is printed) never reaches
# the real site: production leaves the demo app out, so `manage.py load_demo` does not exist there.
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "demo"]
# Running without email on purpose drops every message: none is printed into the logs, where the
# console backend would put people's names and their confirmation links.
if EMAIL_DISABLED_IN_PRODUCTION and EMAIL_BACKEND in UNDELIVERED_EMAIL_BACKENDS:
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Behind a TLS-terminating proxy Django sees plain HTTP; with TRUST_PROXY_SSL_HEADER it believes the
# proxy's X-Forwarded-Proto header. Only turn it on when the proxy always sets (or strips) that header:
# otherwise anyone can claim HTTPS by sending it themselves.
if env.bool("TRUST_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CONTENT_SECURITY_POLICY = copy.deepcopy(CONTENT_SECURITY_POLICY)
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True

# Cases (issue 15): evidence files never share a folder with what a web server serves.
_evidence_root = Path(CASES_EVIDENCE_ROOT).resolve()
for _served in (Path(MEDIA_ROOT).resolve(), Path(STATIC_ROOT).resolve()):
    if _evidence_root.is_relative_to(_served) or _served.is_relative_to(_evidence_root):
        raise ImproperlyConfigured(
            "CASES_EVIDENCE_ROOT overlaps MEDIA_ROOT or STATIC_ROOT: evidence files must stay outside every "
            "folder a web server serves."
        )

if problems := refusal(globals()):
    raise ImproperlyConfigured(problems)
