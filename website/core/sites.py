"""The Wagtail Site record answers with the site's public address, as SITE_BASE_URL gives it."""

from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def set_site_address(site, base_url):
    """Point ``site`` at ``base_url``, so full page URLs (sitemap, feeds) use the real address."""
    parts = urlsplit(base_url)
    site.hostname = parts.hostname
    site.port = parts.port or DEFAULT_PORTS[parts.scheme]
    site.save(update_fields=["hostname", "port"])
