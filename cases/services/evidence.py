"""Evidence files: checked by their content, images stripped of metadata, encrypted before they touch the disk.

A file is prepared in memory first (`prepare_upload`), so a bad one is refused before anything is saved;
`store_evidence` then writes the encrypted bytes to the private evidence storage (CASES_EVIDENCE_ROOT, never
under MEDIA_ROOT or STATIC_ROOT). Case workers' views read a file back with `read_evidence`.
"""

import io
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from cases.models import Evidence
from website.core.encryption import fernet

# How many bytes of a file are read to tell its type.
HEAD_BYTES = 16
IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
# The brands of an ISO media file (ftyp box) that phones' voice recorders write.
AUDIO_MP4_BRANDS = {b"M4A ", b"M4B ", b"mp42", b"isom", b"3gp4", b"3gp5", b"3gp6"}
MAX_ORIGINAL_NAME_LENGTH = 255


class EvidenceRefused(Exception):
    """A file the form must refuse, with a message for the person who sent it."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class PreparedFile:
    """An accepted upload, ready to store: its cleaned bytes, their type and the name the person gave it."""

    content: bytes
    content_type: str
    original_name: str


def content_type_of(head):
    """The type of a file from its first bytes (its signature), or None for a type the form does not take."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head[4:8] == b"ftyp" and head[8:12] in AUDIO_MP4_BRANDS:
        return "audio/mp4"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith(b"#!AMR"):
        return "audio/amr"
    return None


def max_size_message():
    return _("Each file can be at most %(size)s. Please send a smaller file, or leave it out for now.") % {
        "size": filesizeformat(settings.CASES_EVIDENCE_MAX_BYTES)
    }


def prepare_upload(upload):
    """Check an uploaded file and return it cleaned (images re-encoded without metadata), or raise EvidenceRefused."""
    if upload.size > settings.CASES_EVIDENCE_MAX_BYTES:
        raise EvidenceRefused(max_size_message())
    upload.seek(0)
    content = upload.read(settings.CASES_EVIDENCE_MAX_BYTES + 1)
    if len(content) > settings.CASES_EVIDENCE_MAX_BYTES:
        raise EvidenceRefused(max_size_message())
    if not content:
        raise EvidenceRefused(_("This file is empty."))
    content_type = content_type_of(content[:HEAD_BYTES])
    if content_type is None:
        raise EvidenceRefused(
            _(
                "We can take photos (JPEG, PNG, WebP), PDF documents and audio recordings (MP3, OGG, M4A, WAV, AMR)."
            )
        )
    if content_type in IMAGE_FORMATS:
        content = image_without_metadata(content, IMAGE_FORMATS[content_type])
    elif content_type == "audio/mpeg":
        content = mp3_without_tags(content)
    return PreparedFile(content, content_type, (upload.name or "")[:MAX_ORIGINAL_NAME_LENGTH])


def image_without_metadata(content, image_format):
    """The image re-encoded with its orientation applied and no EXIF, GPS, XMP, ICC or comment left in it."""
    try:
        with Image.open(io.BytesIO(content)) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
            if image_format == "JPEG" and upright.mode not in ("RGB", "L"):
                upright = upright.convert("RGB")
            clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())
            if upright.mode == "P":
                clean.putpalette(upright.getpalette())
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise EvidenceRefused(_("This picture cannot be read. Please try another file.")) from error
    output = io.BytesIO()
    clean.save(output, format=image_format, **({"quality": 90} if image_format != "PNG" else {}))
    return output.getvalue()


def mp3_without_tags(content):
    """An MP3 without its ID3 tags (recorder app, device, sometimes a place name); the sound is untouched."""
    while content.startswith(b"ID3") and len(content) >= 10:
        tag_size = sum((content[6 + i] & 0x7F) << (7 * (3 - i)) for i in range(4))
        footer = 10 if content[5] & 0x10 else 0
        content = content[10 + tag_size + footer :]
    if content[-128:-125] == b"TAG":
        content = content[:-128]
    if not content:
        raise EvidenceRefused(_("This recording cannot be read. Please try another file."))
    return content


def store_evidence(case, prepared, from_reporter=True):
    """Encrypt a prepared file and save it with its row; returns the Evidence."""
    encrypted = fernet().encrypt(prepared.content)
    evidence = Evidence(
        case=case,
        content_type=prepared.content_type,
        size=len(prepared.content),
        original_name=prepared.original_name,
        from_reporter=from_reporter,
    )
    evidence.file.save("evidence", ContentFile(encrypted), save=False)
    try:
        evidence.save()
    except Exception:
        evidence.file.delete(save=False)
        raise
    return evidence


def read_evidence(evidence):
    """The file's original (cleaned) bytes, decrypted. Callers audit the reading."""
    with evidence.file.open("rb") as stored:
        return fernet().decrypt(stored.read())


def delete_evidence_file(evidence):
    """Remove the encrypted file from disk and forget its name (the row stays for the case's history)."""
    if evidence.file:
        evidence.file.delete(save=False)
