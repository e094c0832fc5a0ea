"""Settings for `make bench`: the production settings, plus the demo content and the bench's bare view (never
part of the site)."""

from website.settings.production import *  # noqa: F403
from website.settings.production import INSTALLED_APPS

# The bench measures the site with the demo content, which production leaves out.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]

ROOT_URLCONF = "bench.urls"
