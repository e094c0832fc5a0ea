"""Evidence files: checked by content, images without metadata, encrypted on disk, read back decrypted."""

import io
import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cases.services import evidence, intake
from cases.services.evidence import EvidenceRefused, content_type_of, prepare_upload, read_evidence

from ..helpers import REPORT, jpeg_with_gps, upload

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Title (Statement of Aigul) >> endobj\n%%EOF\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"%PDF-1.7\n%\xe2\xe3", "application/pdf"),
        (b"ID3\x03\x00\x00\x00\x00\x00\x00", "audio/mpeg"),
        (b"\xff\xfb\x90\x64\x00\x00\x00\x00", "audio/mpeg"),
        (b"OggS\x00\x02\x00\x00\x00\x00", "audio/ogg"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00", "audio/mp4"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "audio/wav"),
        (b"#!AMR\n\x3c\x00\x00", "audio/amr"),
        (b"MZ\x90\x00\x03\x00\x00\x00", None),
        (b"<svg xmlns='http", None),
        (b"PK\x03\x04\x14\x00\x06\x00", None),
        (b"<html><script>", None),
    ],
)
def test_the_type_is_told_by_the_file_s_first_bytes(head, expected):
    assert content_type_of(head) == expected


def test_a_program_named_like_a_photo_is_refused():
    with pytest.raises(EvidenceRefused, match="We can take photos"):
        prepare_upload(upload(b"MZ\x90\x00" + b"\x00" * 200, name="photo.jpg"))


def test_a_file_over_the_limit_is_refused_with_the_limit_in_the_message(settings):
    settings.CASES_EVIDENCE_MAX_BYTES = 1000
    with pytest.raises(EvidenceRefused, match="at most 1000"):
        prepare_upload(upload(PDF + b"0" * 1000, name="statement.pdf"))


def test_a_broken_picture_is_refused():
    with pytest.raises(EvidenceRefused, match="This picture cannot be read"):
        prepare_upload(upload(b"\xff\xd8\xff\xe0" + b"garbage" * 20))


def test_a_photo_loses_its_exif_and_gps_and_keeps_its_orientation():
    original = jpeg_with_gps(size=(40, 30), orientation=6)  # 6: the camera was turned; show it rotated
    assert b"PhoneMaker" in original

    prepared = prepare_upload(upload(original))

    assert prepared.content_type == "image/jpeg"
    assert b"PhoneMaker" not in prepared.content and b"Exif" not in prepared.content
    with Image.open(io.BytesIO(prepared.content)) as image:
        assert not image.getexif()
        assert image.getexif().get_ifd(0x8825) == {}
        assert "exif" not in image.info
        assert image.size == (30, 40)


def test_png_text_chunks_are_dropped_too():
    from PIL.PngImagePlugin import PngInfo

    metadata = PngInfo()
    metadata.add_text("Author", "Aigul T.")
    output = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(output, format="PNG", pnginfo=metadata)

    prepared = prepare_upload(upload(output.getvalue(), name="screen.png", content_type="image/png"))

    assert b"Aigul" not in prepared.content
    assert prepared.content_type == "image/png"


def test_a_stored_file_is_encrypted_on_disk_outside_media_and_reads_back_decrypted(settings):
    case, _code = intake.create_case(
        {**REPORT, "sogi": True, "hiv": None, "drug_use": False, "sex_work": None, "happened_on": None},
        files=[prepare_upload(upload(PDF, name="Aigul statement.pdf", content_type="application/pdf"))],
    )

    stored = case.evidence.get()
    path = Path(stored.file.path)
    on_disk = path.read_bytes()
    assert path.is_relative_to(Path(settings.CASES_EVIDENCE_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert b"Statement of Aigul" not in on_disk and b"%PDF" not in on_disk
    assert "Aigul" not in path.name
    assert read_evidence(stored) == PDF
    assert (stored.content_type, stored.size, stored.original_name) == (
        "application/pdf",
        len(PDF),
        "Aigul statement.pdf",
    )


def test_evidence_files_have_no_address_on_the_site():
    case, _code = intake.create_case(
        {"narrative": "x", "consent": "help_only"},
        files=[prepare_upload(upload(PDF, name="a.pdf"))],
    )
    with pytest.raises(ValueError, match="no public URL"):
        _ = case.evidence.get().file.url


def test_when_saving_fails_no_file_is_left_on_disk(settings, monkeypatch):
    files = [prepare_upload(upload(PDF, name=f"{n}.pdf")) for n in range(2)]
    calls = []
    original = evidence.store_evidence

    def failing_second(case, prepared, from_reporter=True):
        calls.append(prepared)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(case, prepared, from_reporter)

    monkeypatch.setattr(intake, "store_evidence", failing_second)

    with pytest.raises(RuntimeError):
        intake.create_case({"narrative": "x", "consent": "help_only"}, files=files)

    root = Path(settings.CASES_EVIDENCE_ROOT)
    assert not root.exists() or not any(p.is_file() for p in root.rglob("*"))
    from cases.models import Case

    assert Case.objects.count() == 0


def test_uploads_are_read_only_up_to_the_limit(settings):
    settings.CASES_EVIDENCE_MAX_BYTES = 100

    class Lying(SimpleUploadedFile):
        """An upload that reports a small size but holds more (a client cannot be trusted)."""

    lying = Lying("a.pdf", PDF + os.urandom(500))
    lying.size = 10
    with pytest.raises(EvidenceRefused, match="at most"):
        prepare_upload(lying)


def id3v2_tag(text):
    """An ID3v2.3 tag with one title frame holding `text`."""
    frame_body = b"\x00" + text
    frame = b"TIT2" + len(frame_body).to_bytes(4, "big") + b"\x00\x00" + frame_body
    size = len(frame)
    syncsafe = bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0))
    return b"ID3\x03\x00\x00" + syncsafe + frame


def test_an_mp3_loses_its_tags_and_keeps_its_sound():
    sound = b"\xff\xfb\x90\x64" + bytes(range(256)) * 4
    trailer = b"TAG" + b"Osh, Kurmanjan Datka st.".ljust(125, b"\x00")
    recording = id3v2_tag(b"Recorded at Osh police station") + sound + trailer

    prepared = prepare_upload(upload(recording, name="voice.mp3", content_type="audio/mpeg"))

    assert prepared.content == sound
    assert b"police station" not in prepared.content and b"Kurmanjan" not in prepared.content


def test_an_mp3_that_is_only_tags_is_refused():
    with pytest.raises(EvidenceRefused, match="This recording cannot be read"):
        prepare_upload(upload(id3v2_tag(b"nothing else"), name="empty.mp3", content_type="audio/mpeg"))
