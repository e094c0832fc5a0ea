"""Receipts: one per paid order, numbered R-000001, R-000002, ... without gaps or duplicates."""

from learning.documents.receipt import render_receipt
from learning.models import Receipt, ReceiptSequence


def next_receipt_number():
    """Take the next number from the locked sequence row; a rolled-back transaction gives its number back."""
    ReceiptSequence.objects.get_or_create(pk=1)
    sequence = ReceiptSequence.objects.select_for_update().get(pk=1)
    sequence.last_number += 1
    sequence.save(update_fields=["last_number"])
    return sequence.last_number


def issue_receipt(order):
    """The order's receipt, issued once (call inside the transaction that marks the order paid)."""
    existing = Receipt.objects.filter(order=order).first()
    if existing is not None:
        return existing
    return Receipt.objects.create(order=order, number=next_receipt_number())


def receipt_pdf(receipt):
    """The receipt as PDF bytes."""
    return render_receipt(receipt)


def can_download(user, receipt):
    """The order's owner, and staff whose group may see receipts (Administrators); editors may not."""
    if not user.is_authenticated:
        return False
    return receipt.order.user_id == user.pk or (user.is_staff and user.has_perm("learning.view_receipt"))
