"""Settings of the site process the journeys drive: the test settings, served as a real process would be.

The harness passes the database, the media folder, the site address and the mail folder in the
environment. Mail goes to files so a journey can open the link it carries; Celery and Wagtail's tasks
run in the request, so there is no worker to wait for.
"""

from website.settings.test import *  # noqa: F403
from website.settings.test import env

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = env.str("JOURNEY_MAIL_DIR")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
ROOT_URLCONF = "tests.browser.site_urls"
# A visitor sees the project's own translations; tests look labels up in the same catalogues.
LOCALE_PATHS = [BASE_DIR / "locale"]  # noqa: F405
