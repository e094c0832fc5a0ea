"""Settings for `make bench`: the production settings, plus the bench's bare view (never part of the site)."""

from website.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
