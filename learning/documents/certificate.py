"""The certificate PDF: name, course, date, trainer, code and a QR code of the public check page."""

import qrcode
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from learning.services.certificates import check_url

from . import new_pdf

INK = (33, 37, 41)
ACCENT = (122, 31, 61)
MUTED = (108, 117, 125)


def render_certificate_pdf(certificate):
    """The certificate as PDF bytes, its labels in the certificate's language."""
    url = check_url(certificate)
    with translation.override(certificate.language):
        pdf = new_pdf(orientation="landscape")
        pdf.set_title(_("Certificate of completion"))
        pdf.set_auto_page_break(auto=False)
        pdf.add_page()
        draw_frame(pdf)
        draw_body(pdf, certificate)
        draw_verification(pdf, certificate, url)
    return bytes(pdf.output())


def draw_frame(pdf):
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_line_width(0.3)
    pdf.rect(14, 14, pdf.w - 28, pdf.h - 28)


def centred(pdf, text, size, style="", color=INK, height=None):
    pdf.set_font("body", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(20)
    pdf.multi_cell(pdf.w - 40, height or size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")


def draw_body(pdf, certificate):
    issued_on = formats.date_format(timezone.localtime(certificate.issued_at).date(), "DATE_FORMAT")
    pdf.set_y(30)
    centred(pdf, "Birge", 14, "B", ACCENT)
    pdf.ln(6)
    centred(pdf, _("Certificate of completion").upper(), 26, "B")
    pdf.ln(8)
    centred(pdf, _("This certifies that"), 13, color=MUTED)
    pdf.ln(3)
    centred(pdf, certificate.name_on_certificate, 24, "B", ACCENT)
    pdf.ln(3)
    centred(pdf, _("has completed the course"), 13, color=MUTED)
    pdf.ln(3)
    centred(pdf, certificate.course_title, 18, "B")
    pdf.ln(8)
    centred(pdf, _("Date: %(date)s") % {"date": issued_on}, 12)
    if certificate.trainer_name:
        centred(pdf, _("Trainer: %(names)s") % {"names": certificate.trainer_name}, 12)


def draw_verification(pdf, certificate, url):
    size = 32
    x, y = pdf.w - 20 - size, pdf.h - 20 - size
    pdf.image(qrcode.make(url, border=1).get_image(), x=x, y=y, w=size, h=size)
    pdf.set_font("body", "", 9)
    pdf.set_text_color(*MUTED)
    pdf.set_xy(20, pdf.h - 34)
    pdf.cell(
        0, 5, _("Certificate code: %(code)s") % {"code": certificate.code}, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_x(20)
    pdf.cell(0, 5, _("Check it at %(url)s") % {"url": url})
