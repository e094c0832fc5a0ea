from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Site

from website.core.sites import set_site_address


class Command(BaseCommand):
    help = "Give the default Wagtail site the host name and port of SITE_BASE_URL (run after each deploy)."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            self.stdout.write("No default site yet: nothing to do.")
            return
        set_site_address(site, settings.SITE_BASE_URL)
        self.stdout.write(self.style.SUCCESS(f"The site answers as {site.root_url}."))
