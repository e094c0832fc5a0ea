"""The test payment provider ("no money is taken") cannot enrol anyone on production's payment providers.

PAYMENT_VARIANTS are taken from the production settings themselves (built in a process of their own),
then the attacks of a learner and of an outsider run against them: nothing is enrolled, no receipt.
"""

import logging

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from payments import PaymentStatus

from learning.models import Enrolment, Order, Payment, Receipt
from learning.services.orders import start_checkout
from learning.services.payments import PaymentRejected, confirm_payment
from tests.learning.commerce_helpers import paid_course
from website.accounts.factories import UserFactory

from .production import production_payment_variants

pytestmark = pytest.mark.django_db

LIVE_STRIPE = {"STRIPE_SECRET_KEY": "sk_live_51Birge", "STRIPE_ENDPOINT_SECRET": "whsec_birge"}
CONFIRM = {"status": PaymentStatus.CONFIRMED, "fraud_status": "accept", "gateway_response": "3ds-disabled"}


@pytest.fixture(scope="module")
def variants_without_provider():
    return production_payment_variants()


@pytest.fixture(scope="module")
def variants_with_stripe():
    return production_payment_variants(**LIVE_STRIPE)


@pytest.fixture
def production_payments(settings, variants_with_stripe):
    """Production's providers with a live Stripe key set, as in the report."""
    settings.PAYMENT_VARIANTS = variants_with_stripe
    return settings


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def payment_log(caplog):
    """Capture "birge.payments" records (the "birge" logger does not propagate to the root)."""
    logger = logging.getLogger("birge.payments")
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger="birge.payments")
    yield caplog
    logger.removeHandler(caplog.handler)


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.fixture
def course():
    return paid_course()


@pytest.fixture
def test_payment(learner, course):
    """A test-provider payment on a pending 75 EUR order, as one started before production was deployed."""
    order = start_checkout(learner, course)
    return Payment.objects.create(order=order, variant="dummy", total=order.total, currency=order.currency)


def assert_nothing_bought(order):
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING
    assert not Enrolment.objects.exists()
    assert not Receipt.objects.exists()


def test_checkout_offers_only_bank_transfer_without_a_real_provider(
    client, settings, variants_without_provider, learner, course
):
    settings.PAYMENT_VARIANTS = variants_without_provider

    content = client.get(reverse("learning:checkout", args=[course.pk])).content.decode()

    choices = BeautifulSoup(content, "html.parser").select('input[name="variant"]')
    assert [(choice["value"], choice.has_attr("checked")) for choice in choices] == [("bank_transfer", True)]
    assert "Test payment" not in content
    paying = client.post(
        reverse("learning:checkout", args=[course.pk]), {"variant": "bank_transfer"}, follow=True
    )
    assert paying.status_code == 200
    assert Order.objects.get().method == Order.Method.BANK_TRANSFER


def test_checkout_offers_the_real_provider_and_never_the_test_one(
    client, production_payments, learner, course
):
    content = client.get(reverse("learning:checkout", args=[course.pk])).content.decode()

    assert 'value="stripe"' in content and 'value="bank_transfer"' in content
    assert 'value="dummy"' not in content and "Test payment" not in content


def test_posting_the_test_provider_at_checkout_starts_no_payment(
    client, production_payments, learner, course
):
    response = client.post(reverse("learning:checkout", args=[course.pk]), {"variant": "dummy"})

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Payment.objects.exists()
    assert not Enrolment.objects.exists()


def test_confirming_a_test_payment_through_the_payment_form_enrols_nobody(
    client, production_payments, payment_log, test_payment
):
    pay_url = reverse("learning:order_pay", args=[test_payment.order_id])

    response = client.post(pay_url, CONFIRM)

    assert response.status_code == 302
    assert response["Location"] == reverse("learning:checkout", args=[test_payment.order.course_id])
    checkout = client.get(response["Location"]).content.decode()
    assert "This way to pay is no longer offered. Choose another one." in checkout
    test_payment.refresh_from_db()
    assert test_payment.status == PaymentStatus.CANCELLED
    assert_nothing_bought(test_payment.order)
    assert "'dummy' is not configured" in payment_log.text


def test_an_outsider_confirming_a_test_payment_by_its_callback_enrols_nobody(
    client, production_payments, payment_log, test_payment
):
    client.logout()
    process_url = reverse("process_payment", kwargs={"token": test_payment.token})

    response = client.get(process_url, {"verification_result": PaymentStatus.CONFIRMED}, follow=True)

    assert response.status_code == 404
    test_payment.refresh_from_db()
    assert test_payment.status == PaymentStatus.WAITING
    assert_nothing_bought(test_payment.order)
    assert "'dummy' is not configured" in payment_log.text


def test_a_test_payment_marked_confirmed_by_any_other_path_is_rejected(
    production_payments, payment_log, test_payment
):
    test_payment.change_status(PaymentStatus.CONFIRMED)

    test_payment.refresh_from_db()
    assert test_payment.status == PaymentStatus.REJECTED
    with pytest.raises(PaymentRejected):
        confirm_payment(test_payment.pk, test_payment.total, test_payment.currency)
    assert_nothing_bought(test_payment.order)
    assert "'dummy' is not configured" in payment_log.text
