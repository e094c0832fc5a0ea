"""The receipt PDF: number, date, learner, course, amount with currency, payment method."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from . import new_pdf


def receipt_lines(receipt):
    """Label/value pairs printed on the receipt, in the active language."""
    order = receipt.order
    learner = order.user
    return [
        (_("Receipt number"), str(receipt)),
        (_("Date"), formats.date_format(timezone.localtime(receipt.issued_at), "DATE_FORMAT")),
        (_("Order"), order.reference),
        (_("Learner"), (learner.display_name or learner.email) if learner else _("(account deleted)")),
        (_("Course"), str(order.course.title)),
        (_("Amount"), f"{order.total} {order.currency}"),
        (_("Payment method"), str(order.get_method_display())),
    ]


def render_receipt(receipt):
    """PDF bytes for a receipt."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("body", "B", 20)
    pdf.cell(0, 14, "Birge", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", "B", 14)
    pdf.cell(0, 10, _("Receipt"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, value in receipt_lines(receipt):
        pdf.set_font("body", "B", 11)
        pdf.cell(50, 8, label)
        pdf.set_font("body", "", 11)
        pdf.multi_cell(0, 8, value, new_x="LMARGIN", new_y="NEXT")
    if receipt.order.voucher_id:
        pdf.ln(2)
        pdf.set_font("body", "", 10)
        pdf.multi_cell(
            0,
            6,
            _("List price %(price)s %(currency)s, voucher %(code)s (%(percent)s%% off).")
            % {
                "price": receipt.order.list_price,
                "currency": receipt.order.currency,
                "code": receipt.order.voucher.code,
                "percent": receipt.order.voucher.percent_off,
            },
            new_x="LMARGIN",
            new_y="NEXT",
        )
    return bytes(pdf.output())
