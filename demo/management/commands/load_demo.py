from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Load the demo site: pages in ky/ru/en, courses, a ToT cohort, reported cases and demo accounts. "
        "Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--credentials-file",
            default=str(settings.BASE_DIR / "var" / "demo-credentials.txt"),
            help="Where the generated demo passwords are kept between runs.",
        )

    def handle(self, *args, **options):
        credentials_file = Path(options["credentials_file"])
        site = load_demo(credentials_file)
        if credentials_file.is_relative_to(settings.BASE_DIR):
            credentials_file = credentials_file.relative_to(settings.BASE_DIR)
        self.stdout.write(self.style.SUCCESS("The demo site is ready."))
        self.stdout.write(f"Demo accounts (passwords kept in {credentials_file}):")
        role_width = max(len(item.account.role) for item in site.credentials)
        email_width = max(len(item.account.email) for item in site.credentials)
        for item in site.credentials:
            password = item.password or "(set before; not in the credentials file)"
            self.stdout.write(
                f"  {item.account.role:<{role_width}} {item.account.email:<{email_width}} password: {password}"
            )
            if item.totp_secret:
                self.stdout.write(f"  {'':<{role_width}} second factor (TOTP) secret: {item.totp_secret}")
                self.stdout.write(f"  {'':<{role_width}} {item.totp_uri}")
                self.stdout.write(f"  {'':<{role_width}} recovery codes: {' '.join(item.recovery_codes)}")
        self.stdout.write(
            f"Demo report to try the follow-up page ({settings.SITE_BASE_URL}/ru/report/follow-up/): "
            f"receipt code {site.cases.known_receipt_code} (a demo case; real receipt codes are never shown again)"
        )
        self.stdout.write(f"Site: {settings.SITE_BASE_URL}/ru/  Admin: {settings.SITE_BASE_URL}/admin/")
