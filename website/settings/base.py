"""Settings shared by every environment, read from the environment through one typed schema."""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "website"

env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, None),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost"]),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
    DATABASE_CONN_MAX_AGE=(int, 60),
    REDIS_URL=(str, ""),
    CELERY_BROKER_URL=(str, ""),
    EMAIL_URL=(str, "consolemail://"),
    EMAIL_DISABLED_IN_PRODUCTION=(bool, False),
    DEFAULT_FROM_EMAIL=(str, "Birge <noreply@birge.kg>"),
    FIELD_ENCRYPTION_KEYS=(list, []),
    MEDIA_ROOT=(str, str(BASE_DIR / "var" / "media")),
    STATIC_ROOT=(str, str(BASE_DIR / "var" / "static")),
    SITE_BASE_URL=(str, "http://127.0.0.1:8000"),
    CELERY_BROKER_DIR=(str, str(BASE_DIR / "var" / "broker")),
    STRIPE_SECRET_KEY=(str, ""),
    STRIPE_ENDPOINT_SECRET=(str, ""),
    PAYPAL_CLIENT_ID=(str, ""),
    PAYPAL_SECRET=(str, ""),
    PAYPAL_ENDPOINT=(str, "https://api.sandbox.paypal.com"),
    PAYMENT_TEST_MODE=(bool, False),
    IDLE_TIMEOUT_MINUTES=(int, 24 * 60),
    STAFF_IDLE_TIMEOUT_MINUTES=(int, 30),
    AUDIT_RETENTION_DAYS=(int, 365),
    PERSONAL_DATA_RETENTION_MONTHS=(int, 12),
    EMBED_FRAME_SOURCES=(
        list,
        ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    ),
    PAGE_CACHE_SECONDS=(int, 300),
)
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
SITE_BASE_URL = env("SITE_BASE_URL")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
CSRF_TRUSTED_ORIGINS = [SITE_BASE_URL]

INSTALLED_APPS = [
    "website.core",
    "website.accounts",
    "website.home",
    "website.standard",
    "website.news",
    "website.articles",
    "website.publications",
    "website.partners",
    "website.stories",
    "website.search",
    "learning",
    "events",
    "cases",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "website.accounts.users_app.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "payments",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses every HTML response on its way out (cached pages too; WhiteNoise serves the static files
    # compressed itself). Django pads each compressed body with random bytes against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    # Anonymous visitors' pages come from the cache here, before the rest of the stack runs; the one
    # after the cache-control middleware decides which pages may be kept (website.core.page_cache).
    "website.core.page_cache.PageCacheFrontMiddleware",
    "website.core.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "website.accounts.middleware.IdleSessionTimeoutMiddleware",
    "website.accounts.middleware.StaffSecondFactorMiddleware",
    "website.core.middleware.AnonymousCacheControlMiddleware",
    "website.core.page_cache.SharedPageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# Each web or Celery process keeps its database connection between requests (checked before reuse):
# opening one costs PostgreSQL a new backend process, more than a whole sign-up's queries.
DATABASES["default"]["CONN_MAX_AGE"] = env("DATABASE_CONN_MAX_AGE")
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# SQLite (the embedded default) lets one writer in at a time. Every transaction takes the write lock when
# it begins, so a writer queues for it (up to the timeout, in seconds) instead of failing with "database
# is locked" when it would upgrade a read lock that another writer holds; in WAL mode readers never wait.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
}


def with_sqlite_options(database):
    """The database settings, with SQLITE_OPTIONS when the database is SQLite."""
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database["OPTIONS"] = {**SQLITE_OPTIONS, **database.get("OPTIONS", {})}
    return database


with_sqlite_options(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL")
# Redis only speeds the site up: its clients give up within a fraction of a request, and a server that
# refused or stayed silent is skipped for a few seconds (website.core.outage).
REDIS_CLIENT_TIMEOUTS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.25}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "website.core.cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "birge",
            "OPTIONS": REDIS_CLIENT_TIMEOUTS,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "birge_cache",
        }
    }

# Anonymous visitors' pages are served from the cache for this long at most (0 turns the page cache off);
# publishing or a snippet clears them all at once, a registration those showing seats (website.core.page_cache).
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS")

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:profile"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# Password and email changes go through allauth (rate limits, verification, notices), not the admin's own forms.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

ACCOUNT_ADAPTER = "website.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Birge: "
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_BASE_URL.startswith("https://") else "http"
ACCOUNT_RATE_LIMITS = dict(
    login="30/m/ip",
    login_failed="10/m/ip,5/5m/key",
    signup="20/m/ip",
    reset_password="20/m/ip,5/m/key",  # nosec B106 # a rate limit, not a password
    reset_password_from_key="20/m/ip",  # nosec B106 # a rate limit, not a password
    confirm_email="1/3m/key",
)
# Guest sign-ups for events per network address (allauth's rate syntax); empty turns the limit off.
EVENT_SIGNUP_RATE_LIMIT = "5/10m"
# Feedback form submissions per network address (same syntax); empty turns the limit off.
EVENT_FEEDBACK_RATE_LIMIT = "10/h"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Birge"

# Signed-in people are signed out after this long without a request (website.accounts.middleware);
# staff, who can reach everyone's data, much sooner.
IDLE_TIMEOUT_SECONDS = env("IDLE_TIMEOUT_MINUTES") * 60
STAFF_IDLE_TIMEOUT_SECONDS = env("STAFF_IDLE_TIMEOUT_MINUTES") * 60
SESSION_COOKIE_HTTPONLY = True
# Sessions are written through to the database and read from the cache: one query less per signed-in request.
# A session's copy in the cache lives a minute at most, so one ended while Redis was unreachable cannot
# come back from an old copy for longer than that (website.core.sessions).
SESSION_ENGINE = "website.core.sessions"
SESSION_CACHED_COPY_SECONDS = 60
# No script of the site or the Wagtail admin reads the CSRF cookie: forms and the admin carry the token.
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LANGUAGE_CODE = "ru"
LANGUAGES = [
    ("ky", "Кыргызча"),
    ("ru", "Русский"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A page submitted for translation starts as a draft in the other languages (wagtail-localize would publish
# the untranslated copy at once when the source page is live); it goes live once translated and published.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ru", "Русский"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Kyrgyz dates and numbers as Kyrgyz writes them («2-декабрь 2026-ж.», «75,00»): see website/formats/.
FORMAT_MODULE_PATH = ["website.formats"]
TIME_ZONE = "Asia/Bishkek"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env("STATIC_ROOT")
STATIC_URL = "/static/"
MEDIA_ROOT = env("MEDIA_ROOT")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_CONFIG = env.email_url("EMAIL_URL")
vars().update(EMAIL_CONFIG)
# Production refuses to start with an email backend that delivers nothing, unless this says so on purpose.
EMAIL_DISABLED_IN_PRODUCTION = env("EMAIL_DISABLED_IN_PRODUCTION")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

FIELD_ENCRYPTION_KEYS = env("FIELD_ENCRYPTION_KEYS")

WAGTAIL_SITE_NAME = "Birge"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Documents go through Wagtail's view, which applies collection privacy; only PDFs open in the browser,
# everything else downloads, and every document gets `Content-Security-Policy: default-src 'none'`.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# No SVG: an SVG is a document that can carry script.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The admin asks no third party for avatars or release news (staff addresses and visits stay here).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Renditions are WebP, a fraction of a PNG's or a JPEG's bytes: pages stay light on slow phone connections.
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "webp": "webp"}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CELERY_BROKER_DIR = Path(env("CELERY_BROKER_DIR"))
# Publishing gives up within a fraction of a second when the broker is down or hangs, instead of holding
# the request: no reconnection loop, a short connect and socket wait. The email outbox keeps what was not
# published, and the periodic flush sends it once the broker is back.
CELERY_BROKER_CONNECTION_TIMEOUT = REDIS_CLIENT_TIMEOUTS["socket_connect_timeout"]
REDIS_BROKER_TRANSPORT_OPTIONS = {"max_retries": 0, **REDIS_CLIENT_TIMEOUTS}
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or REDIS_URL or "filesystem://"
if CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    CELERY_BROKER_TRANSPORT_OPTIONS = REDIS_BROKER_TRANSPORT_OPTIONS
elif CELERY_BROKER_URL == "filesystem://":
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_DIR / "queue"),
        "data_folder_out": str(CELERY_BROKER_DIR / "queue"),
        "processed_folder": str(CELERY_BROKER_DIR / "processed"),
        "control_folder": str(CELERY_BROKER_DIR / "control"),
        "store_processed": False,
    }
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Celery closes the database connection around every task unless told to reuse it, which cost
# PostgreSQL a new backend process for every email. Reused up to this many tasks; a connection that
# broke or passed CONN_MAX_AGE is closed before the next task (website/celery.py).
CELERY_DB_REUSE_MAX = 1000
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "events-expire-seat-offers": {
        "task": "events.tasks.expire_seat_offers",
        "schedule": 60.0,
    },
    # A scan that waited in the queue past the next tick is dropped: the next scan does the same work.
    "events-send-due-reminders": {
        "task": "events.tasks.send_due_reminders",
        "schedule": 60.0,
        "options": {"expires": 55},
    },
    "learning-announce-released-modules": {
        "task": "learning.tasks.announce_released_modules",
        "schedule": crontab(minute="*/5"),
    },
    "core-flush-outbox": {
        "task": "website.core.tasks.flush_outbox",
        "schedule": crontab(minute="*"),
        # A scan left waiting while no worker ran is dropped: the next one does the same work.
        "options": {"expires": 55},
    },
    "core-purge-audit-entries": {
        "task": "website.core.tasks.purge_audit_entries",
        "schedule": crontab(hour=3, minute=17),
    },
    "core-shred-personal-data": {
        "task": "website.core.tasks.shred_personal_data",
        "schedule": crontab(hour=3, minute=37),
    },
    "accounts-clear-expired-sessions": {
        "task": "website.accounts.tasks.clear_expired_sessions",
        "schedule": crontab(hour=4, minute=7),
    },
}

AUDIT_RETENTION_DAYS = env("AUDIT_RETENTION_DAYS")
# Registrations and cohort participants are anonymised this many months after their event or course run
# ended (website.core.retention); counts and anonymous statistics stay.
PERSONAL_DATA_RETENTION_MONTHS = env("PERSONAL_DATA_RETENTION_MONTHS")

PAYMENT_HOST = SITE_BASE_URL.split("://", 1)[-1]
PAYMENT_USES_SSL = SITE_BASE_URL.startswith("https://")
PAYMENT_MODEL = "learning.Payment"
# django-payments' own factory, logging every request for a provider that is not configured.
PAYMENT_VARIANT_FACTORY = "learning.services.providers.configured_provider"
# The test provider confirms any payment without taking money: dev and test turn it on, production
# refuses to start with it (website/core/deployment.py).
PAYMENT_TEST_MODE = env("PAYMENT_TEST_MODE")


def payment_variants(test_mode):
    """django-payments' providers: the configured real ones, and the test provider only in test mode."""
    variants = {"dummy": ("payments.dummy.DummyProvider", {})} if test_mode else {}
    if env("STRIPE_SECRET_KEY"):
        variants["stripe"] = (
            "payments.stripe.StripeProviderV3",
            {"api_key": env("STRIPE_SECRET_KEY"), "endpoint_secret": env("STRIPE_ENDPOINT_SECRET") or None},
        )
    if env("PAYPAL_CLIENT_ID"):
        variants["paypal"] = (
            "payments.paypal.PaypalProvider",
            {
                "client_id": env("PAYPAL_CLIENT_ID"),
                "secret": env("PAYPAL_SECRET"),
                "endpoint": env("PAYPAL_ENDPOINT"),
                "capture": True,
            },
        )
    return variants


PAYMENT_VARIANTS = payment_variants(PAYMENT_TEST_MODE)


def payment_pages():
    """Origins of the payment providers' pages that checkout redirects to (allowed by form-action)."""
    origins = []
    if "stripe" in PAYMENT_VARIANTS:
        origins.append("https://checkout.stripe.com")
    if "paypal" in PAYMENT_VARIANTS:
        origins.append(env("PAYPAL_ENDPOINT").rstrip("/").replace("://api.", "://www."))
    return origins


# The site's own pages run only the site's own script files, plus inline scripts that carry the
# request's nonce (`<script nonce="{{ request.csp_nonce }}">`); no inline event handlers or style attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": env("EMBED_FRAME_SOURCES"),
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF, *payment_pages()],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail admin renders inline scripts, inline styles and blob: previews of its own, so it cannot
# live under the policy above; website.core.middleware gives everything under /admin/ this one instead
# (still no other origin's scripts, no plugins, and only this site may frame it). A page's preview keeps the
# policy above, except that this site may frame it for the preview panel.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:"],
        "frame-src": [SELF, *env("EMBED_FRAME_SOURCES")],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "birge": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Cases (issue 15): reports of rights violations and requests for legal help.
# A case with no action for this many days reminds its assignee.
CASES_REMIND_AFTER_DAYS = env.int("CASES_REMIND_AFTER_DAYS", default=7)
# Closed cases lose their text, contacts and files this many days after closing (statistics stay).
CASES_ANONYMISE_AFTER_DAYS = env.int("CASES_ANONYMISE_AFTER_DAYS", default=365)
CASES_EVIDENCE_MAX_BYTES = env.int("CASES_EVIDENCE_MAX_BYTES", default=10 * 1024 * 1024)
# Evidence files are encrypted and kept outside MEDIA_ROOT and STATIC_ROOT: no web server serves them.
CASES_EVIDENCE_ROOT = env.str("CASES_EVIDENCE_ROOT", default=str(BASE_DIR / "var" / "private" / "evidence"))
# Receipt-code attempts and sent reports per client and window (counted in the cache only; 0 turns a limit off).
CASES_RECEIPT_ATTEMPTS = 10
CASES_RECEIPT_WINDOW_SECONDS = 15 * 60
CASES_REPORT_ATTEMPTS = 5
CASES_REPORT_WINDOW_SECONDS = 60 * 60
# A case opened with its receipt code stays open in the browser this long after the last use.
CASES_FOLLOW_UP_SECONDS = 20 * 60
# Where the quick-exit button leads: a neutral page (weather) that says nothing about this site.
CASES_QUICK_EXIT_URL = "https://www.gismeteo.ru/"

# Cases, the case workers' side (issue 15): the assignee reminder scan, and how long the public
# "Monitoring" block keeps its figures in the cache.
CELERY_BEAT_SCHEDULE["cases-remind-assignees"] = {
    "task": "cases.tasks.remind_assignees",
    "schedule": crontab(minute=23),
    # A scan left waiting while no worker ran is dropped: the next one does the same work.
    "options": {"expires": 55 * 60},
}
CASES_MONITORING_CACHE_SECONDS = 10 * 60
