from django.core.management.base import BaseCommand, CommandError

from website.core.encryption import DecryptionError, rotate_all_stored_values


class Command(BaseCommand):
    help = (
        "Re-encrypt every encrypted field with the first key in FIELD_ENCRYPTION_KEYS. "
        "Put the new key first, run this, then remove the old key."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size, **options):
        try:
            counts = rotate_all_stored_values(batch_size=batch_size)
        except DecryptionError as error:
            raise CommandError(f"{error} Nothing was changed.") from error
        for field, count in counts.items():
            self.stdout.write(f"{field}: {count} value(s) re-encrypted")
        self.stdout.write(self.style.SUCCESS(f"Done: {sum(counts.values())} value(s) re-encrypted."))
