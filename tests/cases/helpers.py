"""Reports sent through the form, as the reporter's browser sends them, and files to attach."""

import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cases.models import Consent

REPORT = {
    "needs": "both",
    "narrative": "Меня задержали у клуба и забрали телефон. Угрожали рассказать родственникам.",
    "happened_on": "2026-11-20",
    "region": "osh",
    "town": "uzgen",
    "perpetrator": "police",
    "sogi": "yes",
    "hiv": "",
    "drug_use": "no",
    "sex_work": "",
    "contact_method": "telegram",
    "contact": "@aigul_safe",
    "consent": Consent.STATISTICS,
}
CODE_PATTERN = re.compile(r'<p class="receipt-code" id="receipt-code">([0-9A-Z-]+)</p>')


def report_url(language="ru"):
    return f"/{language}/report/"


def follow_up_url(language="ru"):
    return f"/{language}/report/follow-up/"


def send_report(client, language="ru", **changes):
    data = {**REPORT, **changes}
    return client.post(report_url(language), {key: value for key, value in data.items() if value is not None})


def receipt_code(response):
    return CODE_PATTERN.search(response.content.decode())[1]


def jpeg_with_gps(size=(40, 30), orientation=None):
    """A JPEG carrying EXIF with a camera model and GPS coordinates (and an orientation, if given)."""
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (42.0, 52.0, 30.0)
    gps[3] = "E"
    gps[4] = (74.0, 36.0, 0.0)
    output = io.BytesIO()
    image.save(output, format="JPEG", exif=exif)
    return output.getvalue()


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)
