"""PDF documents (certificates, receipts) built with fpdf2 and a shipped font that covers Kyrgyz letters."""

import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from fpdf import FPDF

FONT_DIR = settings.BASE_DIR / "static" / "fonts"


def new_pdf(orientation="portrait"):
    """An A4 PDF with DejaVu Sans registered as "body" (regular and bold): it has ң, ө and ү."""
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.add_font("body", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_font("body", size=12)
    pdf.set_auto_page_break(auto=True, margin=15)
    return pdf


@functools.cache
def _drawable_code_points():
    """The characters both weights of the shipped font have a glyph for."""
    fonts = new_pdf().fonts
    return frozenset(fonts["body"].cmap) & frozenset(fonts["bodyB"].cmap)


def characters_the_font_lacks(text):
    """The characters of ``text`` a PDF would silently leave out (most emoji, Chinese...), each once."""
    drawable = _drawable_code_points()
    return list(dict.fromkeys(char for char in text if ord(char) not in drawable and not char.isspace()))


def validate_printable_on_certificate(name):
    """A name goes on certificates exactly as written, so it may hold only what the font can draw."""
    missing = characters_the_font_lacks(name)
    if missing:
        raise ValidationError(
            _("A certificate cannot show %(characters)s. Please write your name without them."),
            code="unprintable",
            params={"characters": " ".join(missing)},
        )
