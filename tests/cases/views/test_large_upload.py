"""A 50 MB file gets a clear message, and nothing is half-saved."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cases.models import Case, Evidence

from ..helpers import send_report

pytestmark = pytest.mark.django_db


def test_a_50_mb_upload_is_refused_clearly_and_nothing_is_saved(client, settings):
    huge = SimpleUploadedFile("video.mp3", b"ID3" + b"\x00" * (50 * 1024 * 1024), content_type="audio/mpeg")

    response = send_report(client, evidence=[huge])

    html = response.content.decode()
    assert response.status_code == 200
    assert "Each file can be at most" in html and "Please send a smaller file" in html
    assert "please choose them again" in html
    assert Case.objects.count() == 0 and Evidence.objects.count() == 0
    root = Path(settings.CASES_EVIDENCE_ROOT)
    assert not root.exists() or not any(root.rglob("*.bin"))


def test_more_than_five_files_at_once_are_refused(client):
    files = [SimpleUploadedFile(f"{n}.pdf", b"%PDF-1.4 x") for n in range(6)]

    response = send_report(client, evidence=files)

    assert "Please send at most 5 files at once." in response.content.decode()
    assert Case.objects.count() == 0


def test_evidence_never_passes_through_a_temporary_file_on_disk(client, monkeypatch):
    """Django puts uploads over 2.5 MB in a temporary file; evidence stays in memory until it is encrypted."""
    from django.core.files import uploadedfile

    temporary_files = []
    original_init = uploadedfile.TemporaryUploadedFile.__init__

    def spy(self, *args, **kwargs):
        temporary_files.append(args)
        original_init(self, *args, **kwargs)

    monkeypatch.setattr(uploadedfile.TemporaryUploadedFile, "__init__", spy)
    recording = SimpleUploadedFile(
        "voice.ogg", b"OggS" + b"\x00" * (3 * 1024 * 1024), content_type="audio/ogg"
    )

    response = send_report(client, evidence=[recording])

    assert response.status_code == 200 and 'class="receipt-code"' in response.content.decode()
    assert temporary_files == []
    assert Evidence.objects.get().size == 3 * 1024 * 1024 + 4
