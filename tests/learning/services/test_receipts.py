import io

import pytest
from django.contrib.auth.models import Group
from pypdf import PdfReader

from learning.factories import OrderFactory
from learning.models import Order, Receipt
from learning.services.orders import start_checkout
from learning.services.payments import confirm_payment, payment_for
from learning.services.receipts import can_download, issue_receipt, receipt_pdf
from website.accounts.factories import UserFactory

from ..commerce_helpers import paid_course

pytestmark = pytest.mark.django_db


def pay(order):
    confirm_payment(payment_for(order, "dummy").pk, order.total, order.currency)
    order.refresh_from_db()
    return order


def test_receipt_numbers_run_in_sequence():
    course = paid_course()
    orders = [pay(start_checkout(UserFactory(), course)) for _ in range(3)]

    assert [str(order.receipt) for order in orders] == ["R-000001", "R-000002", "R-000003"]


def test_an_order_gets_one_receipt_however_often_it_is_asked():
    order = OrderFactory(course=paid_course(), status=Order.Status.PAID)

    first = issue_receipt(order)
    second = issue_receipt(order)

    assert first.pk == second.pk
    assert Receipt.objects.count() == 1


def test_the_pdf_names_the_learner_the_number_and_the_kyrgyz_course_title():
    course = paid_course(title="Коомчулуктун катышуусундагы изилдөө: үйрөнүү жана өңүттөр")
    learner = UserFactory(display_name="Айгүл Өмүрбекова")
    order = pay(start_checkout(learner, course))

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(receipt_pdf(order.receipt))).pages)

    assert "Айгүл Өмүрбекова" in text
    assert "R-000001" in text
    assert "өңүттөр" in text
    assert "75.00 EUR" in text


def test_only_the_owner_and_staff_who_may_see_receipts_download_one():
    order = pay(start_checkout(UserFactory(), paid_course()))
    administrator = UserFactory(is_staff=True)
    administrator.groups.add(Group.objects.get(name="Administrators"))
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))

    assert can_download(order.user, order.receipt)
    assert can_download(administrator, order.receipt)
    assert not can_download(editor, order.receipt)
    assert not can_download(UserFactory(), order.receipt)
