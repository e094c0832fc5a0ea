from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

X_DEFAULT = "x-default"


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap lists the site root's tree only; this adds the trees of its translations, and
    each entry names its translations (hreflang alternates, with x-default for the default language)."""

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().select_related("locale").specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        translations = self._translations()
        for url_info in urls:
            url_info["alternates"] = translations.get(url_info["location"], [])
        return urls

    def _translations(self):
        """Each listed address → the alternates of its page: every language it is listed in, and x-default."""
        by_key = defaultdict(dict)
        for page in self.items():
            for url_info in page.get_sitemap_urls(self.request):
                by_key[page.translation_key].setdefault(page.locale.language_code, url_info["location"])
        translations = {}
        for locations in by_key.values():
            alternates = [{"lang_code": code, "location": location} for code, location in locations.items()]
            default = locations.get(settings.LANGUAGE_CODE) or next(iter(locations.values()))
            alternates.append({"lang_code": X_DEFAULT, "location": default})
            for location in locations.values():
                translations[location] = alternates
        return translations
