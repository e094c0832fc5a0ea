"""Vouchers in the Learning admin: how often each was used and by which orders, one entry per course, and
staff changes in Wagtail's own history (with human labels and no learner's name)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, ModelLogEntry

from learning.models import Enrolment, Order, Voucher
from learning.services.orders import start_checkout
from learning.services.payments import BANK_TRANSFER, payment_for
from website.accounts.factories import UserFactory

from ..commerce_helpers import paid_course
from .test_viewsets import administrator

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return paid_course(title="CBPR")


@pytest.fixture
def staff_client(client):
    staff = administrator()
    client.force_login(staff)
    client.staff = staff
    return client


def english(client, url, data=None):
    with translation.override("en"):
        if data is None:
            return client.get(url)
        return client.post(url, data)


def test_the_voucher_list_shows_how_often_each_was_used_and_links_to_its_orders(staff_client, course):
    waiver = Voucher.objects.create(code="OSH-WAIVER", percent_off=100, course=course, max_uses=3)
    Voucher.objects.create(code="UNUSED", percent_off=50, max_uses=5)
    used = start_checkout(UserFactory(), course, voucher_code="OSH-WAIVER")
    without_voucher = start_checkout(UserFactory(), course)

    listing = english(staff_client, reverse("learning_vouchers:index")).content.decode()
    link = re.search(r'href="([^"]+)"[^>]*>\s*1 of 3\s*<', listing)
    orders = english(staff_client, link.group(1).replace("&amp;", "&")).content.decode()

    assert used.status == Order.Status.ENROLLED
    assert "0 of 5" in listing
    assert used.reference in orders
    assert without_voucher.reference not in orders
    assert link.group(1).endswith(f"?voucher={waiver.pk}")


def test_the_voucher_form_and_the_filters_offer_each_course_once(staff_client, course):
    kyrgyz = course.copy_for_translation(
        Locale.objects.get_or_create(language_code="ky")[0], copy_parents=True
    )
    kyrgyz.title = "CBPR (кыргызча)"
    kyrgyz.save_revision().publish()

    pages = [
        reverse("learning_vouchers:add"),
        reverse("learning_vouchers:index"),
        reverse("learning_orders:index"),
    ]
    for page in pages:
        content = english(staff_client, page).content.decode()
        course_select = re.search(r'<select name="course".*?</select>', content, re.S).group(0)
        assert re.findall(r'<option value="(\d+)"', course_select) == [str(course.pk)], page


def test_a_voucher_created_in_the_admin_is_in_its_history_and_the_site_history(staff_client, course):
    english(
        staff_client,
        reverse("learning_vouchers:add"),
        {"code": "hrd-2026", "percent_off": "100", "course": course.pk, "max_uses": "10", "note": "HRD day"},
    )
    voucher = Voucher.objects.get()

    history = english(staff_client, reverse("learning_vouchers:history", args=[voucher.pk]))
    site_history = english(staff_client, reverse("wagtailadmin_reports:site_history"))

    (entry,) = ModelLogEntry.objects.for_instance(voucher)
    assert (entry.action, entry.user) == ("birge.voucher_created", staff_client.staff)
    assert "Voucher created" in history.content.decode()
    assert "Voucher created" in site_history.content.decode()
    assert "HRD-2026" in site_history.content.decode()


def test_a_free_enrolment_by_staff_is_logged_without_the_learners_name(staff_client, course):
    learner = UserFactory(email="aigul@example.org", display_name="Aigul Sadykova")

    response = english(
        staff_client,
        reverse("learning_enrolments:add"),
        {"user": learner.pk, "course": course.pk, "source": "staff", "status": "active"},
    )
    enrolment = Enrolment.objects.get()
    site_history = english(staff_client, reverse("wagtailadmin_reports:site_history")).content.decode()

    assert response.status_code == 302
    (entry,) = ModelLogEntry.objects.for_instance(enrolment)
    assert entry.action == "birge.free_enrolment"
    assert "Enrolled free of charge by staff" in site_history
    stored = f"{entry.label} {entry.data}"
    assert "Aigul" not in stored and "aigul@" not in stored
    assert "CBPR" in entry.label


def test_a_confirmed_bank_transfer_shows_in_the_orders_history(staff_client, course):
    order = start_checkout(UserFactory(), course, method=Order.Method.BANK_TRANSFER)
    payment_for(order, BANK_TRANSFER)
    english(
        staff_client,
        reverse("learning_orders:confirm_transfer", args=[order.pk]),
        {"amount": "75.00", "currency": "EUR", "bank_reference": "KICB 123"},
    )

    history = english(staff_client, reverse("learning_orders:history", args=[order.pk]))

    assert history.status_code == 200
    assert "Bank transfer confirmed; the learner is enrolled" in history.content.decode()
