"""Where evidence files live: a folder of its own, outside MEDIA_ROOT and STATIC_ROOT, never served by URL."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class EvidenceStorage(FileSystemStorage):
    """Reads CASES_EVIDENCE_ROOT at each use (tests and deployments may change it); files have no URL."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return str(settings.CASES_EVIDENCE_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Evidence files have no public URL.")


def evidence_storage():
    return EvidenceStorage()
