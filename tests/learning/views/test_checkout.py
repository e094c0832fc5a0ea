import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from payments import PaymentStatus

from learning.factories import VoucherFactory
from learning.models import Order, Payment
from learning.services.enrolment import active_enrolment
from learning.services.orders import start_checkout
from learning.services.payments import confirm_payment, payment_for
from website.accounts.factories import UserFactory
from website.core.models import AuditEntry, SiteSettings

from ..commerce_helpers import paid_course

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Pages in English (/en/...), so amounts read 75.00 and messages can be matched."""
    with translation.override("en"):
        yield


@pytest.fixture
def course():
    return paid_course()


@pytest.fixture
def learner(client):
    user = UserFactory(display_name="Айгүл")
    client.force_login(user)
    return user


def checkout_url(course):
    return reverse("learning:checkout", args=[course.pk])


def test_checkout_needs_an_account(client, course):
    response = client.get(checkout_url(course))

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_checkout_shows_the_price_voucher_field_and_ways_to_pay_and_changes_nothing(client, learner, course):
    response = client.get(checkout_url(course))

    content = response.content.decode()
    assert response.status_code == 200
    assert "75.00 EUR" in content
    assert 'name="voucher_code"' in content
    assert 'value="dummy"' in content and 'value="bank_transfer"' in content
    assert not Order.objects.exists()


def test_paying_online_creates_one_order_and_one_payment_even_when_posted_twice(client, learner, course):
    first = client.post(checkout_url(course), {"variant": "dummy"})
    second = client.post(checkout_url(course), {"variant": "dummy"})

    order = Order.objects.get()
    assert first.status_code == second.status_code == 303
    assert first["Location"] == reverse("learning:order_pay", args=[order.pk])
    assert Payment.objects.filter(order=order, status__in=["waiting", "input"]).count() == 1


def test_the_dummy_provider_form_completes_the_payment(client, learner, course):
    client.post(checkout_url(course), {"variant": "dummy"})
    order = Order.objects.get()
    pay_url = reverse("learning:order_pay", args=[order.pk])

    assert 'name="status"' in client.get(pay_url).content.decode()
    assert active_enrolment(learner, course) is None
    response = client.post(
        pay_url,
        {"status": PaymentStatus.CONFIRMED, "fraud_status": "accept", "gateway_response": "3ds-disabled"},
    )

    order.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"].endswith(reverse("learning:order_detail", args=[order.pk]))
    assert order.status == Order.Status.ENROLLED
    assert active_enrolment(learner, course) is not None


def test_a_rejected_dummy_payment_can_be_retried_on_the_same_order(client, learner, course):
    client.post(checkout_url(course), {"variant": "dummy"})
    order = Order.objects.get()
    pay_url = reverse("learning:order_pay", args=[order.pk])
    client.post(pay_url, {"status": "rejected", "fraud_status": "accept", "gateway_response": "3ds-disabled"})

    assert "Try again" in client.get(reverse("learning:order_detail", args=[order.pk])).content.decode()
    client.post(checkout_url(course), {"variant": "dummy"})

    assert Order.objects.count() == 1
    assert order.payments.count() == 2
    assert active_enrolment(learner, course) is None


def test_bank_transfer_shows_the_bank_details_and_the_order_number_as_reference(client, learner, course):
    SiteSettings.objects.create(
        bank_recipient="Birge Public Foundation", bank_account="KG12 3456 7890", bank_name="Demir"
    )

    response = client.post(checkout_url(course), {"variant": "bank_transfer"}, follow=True)

    order = Order.objects.get()
    content = response.content.decode()
    assert order.method == Order.Method.BANK_TRANSFER
    assert "KG12 3456 7890" in content and "Birge Public Foundation" in content
    assert order.reference in content and "75.00 EUR" in content
    assert active_enrolment(learner, course) is None


def test_a_full_waiver_voucher_enrols_from_the_checkout(client, learner, course):
    VoucherFactory(code="SPONSORED", percent_off=100)

    response = client.post(checkout_url(course), {"variant": "dummy", "voucher_code": "sponsored"})

    order = Order.objects.get()
    assert response["Location"] == reverse("learning:order_detail", args=[order.pk])
    assert order.status == Order.Status.ENROLLED
    assert not Payment.objects.exists()


def test_applying_a_voucher_shows_the_new_price(client, learner, course):
    VoucherFactory(code="HALF", percent_off=50)

    response = client.post(
        checkout_url(course), {"variant": "dummy", "voucher_code": "HALF", "apply_voucher": "1"}, follow=True
    )

    assert "37.50 EUR" in response.content.decode()
    assert not Payment.objects.exists()


def test_a_bad_voucher_is_explained_and_nothing_is_created(client, learner, course):
    response = client.post(checkout_url(course), {"variant": "dummy", "voucher_code": "WRONG"})

    assert response.status_code == 200
    assert "There is no voucher with this code" in response.content.decode()
    assert not Order.objects.exists()


def test_someone_elses_order_is_not_found(client, learner, course):
    other = start_checkout(UserFactory(), course)

    assert client.get(reverse("learning:order_detail", args=[other.pk])).status_code == 404
    assert client.get(reverse("learning:order_pay", args=[other.pk])).status_code == 404


def test_the_learner_can_cancel_a_pending_order(client, learner, course):
    order = start_checkout(learner, course)

    client.post(reverse("learning:order_cancel", args=[order.pk]))

    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED


def test_the_receipt_is_for_the_owner_and_administrators_only(client, learner, course):
    order = start_checkout(learner, course)
    confirm_payment(payment_for(order, "dummy").pk, "75.00", "EUR")
    url = reverse("learning:receipt_pdf", args=[order.pk])

    own = client.get(url)
    client.force_login(UserFactory())
    stranger = client.get(url)
    staff = UserFactory(is_staff=True)
    staff.groups.add(Group.objects.get(name="Administrators"))
    client.force_login(staff)
    by_staff = client.get(url)

    assert own.status_code == 200 and own["Content-Type"] == "application/pdf"
    assert 'filename="R-000001.pdf"' in own["Content-Disposition"]
    assert stranger.status_code == 404
    assert by_staff.status_code == 200
    assert AuditEntry.objects.filter(actor=staff, action="receipt.download").count() == 1


def test_a_free_course_has_no_checkout_page(client, learner):
    free = paid_course(price="0.00")

    response = client.get(checkout_url(free))

    assert response.status_code == 302
    assert not Order.objects.exists()
