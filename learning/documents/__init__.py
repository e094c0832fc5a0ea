"""PDF documents (certificates, receipts) built with fpdf2 and a shipped font that covers Kyrgyz letters."""

from django.conf import settings
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
