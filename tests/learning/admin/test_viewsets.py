from decimal import Decimal

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from learning.models import Certificate, Enrolment, Order, Voucher
from learning.services.enrolment import active_enrolment
from learning.services.orders import start_checkout
from learning.services.payments import BANK_TRANSFER, confirm_payment, payment_for
from learning.services.reports import monthly_course_report
from website.accounts.factories import UserFactory
from website.core.models import AuditEntry

from ..commerce_helpers import paid_course

pytestmark = pytest.mark.django_db

ADMIN_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("learning", "view_order"),
    ("learning", "change_order"),
    ("learning", "view_certificate"),
    ("learning", "change_certificate"),
]


def admin_user(is_staff=True):
    """A user of the admin with the Learning permissions (through a group) and a second factor."""
    user = UserFactory(is_staff=is_staff)
    group = Group.objects.create(name=f"Learning admins {user.pk}")
    for app_label, codename in ADMIN_PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user.groups.add(group)
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    return user


def administrator():
    """A superuser with a second factor, as the admin requires of staff."""
    user = UserFactory(is_staff=True, is_superuser=True)
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    return user


@pytest.fixture
def course():
    return paid_course()


@pytest.fixture
def enrolled_order(course):
    order = start_checkout(UserFactory(email="aigul@example.org"), course)
    confirm_payment(payment_for(order, "dummy").pk, "75.00", "EUR")
    order.refresh_from_db()
    return order


def test_staff_list_and_filter_orders(client, course, enrolled_order):
    pending = start_checkout(UserFactory(email="pending@example.org"), course)
    client.force_login(admin_user())

    everything = client.get(reverse("learning_orders:index"))
    only_pending = client.get(reverse("learning_orders:index"), {"status": "pending"})

    assert everything.status_code == 200
    assert enrolled_order.reference in everything.content.decode()
    assert pending.reference in only_pending.content.decode()
    assert enrolled_order.reference not in only_pending.content.decode()


def test_staff_export_orders_as_csv_and_the_export_is_audited(client, enrolled_order):
    staff = admin_user()
    client.force_login(staff)

    response = client.get(reverse("learning_orders:index"), {"export": "csv"})

    content = (
        b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert enrolled_order.reference in content and "aigul@example.org" in content
    entry = AuditEntry.objects.get(actor=staff, action="export")
    assert entry.object_type == "learning.Order"
    assert "aigul" not in entry.detail


def test_a_non_staff_user_with_the_same_permissions_sees_no_learning_admin(client, enrolled_order):
    trainer = admin_user(is_staff=False)
    client.force_login(trainer)

    listing = client.get(reverse("learning_orders:index"))
    export = client.get(reverse("learning_orders:index"), {"export": "csv"})
    refund = client.post(reverse("learning_orders:refund", args=[enrolled_order.pk]), {"reason": "x"})
    report = client.get(reverse("learning_report:index"))
    dashboard = client.get(reverse("wagtailadmin_home"))

    for refused in (listing, export, refund, report, dashboard):
        assert refused.status_code == 403
    assert Order.objects.get().status == Order.Status.ENROLLED
    assert not AuditEntry.objects.filter(action="export").exists()


def test_the_learning_menu_is_shown_to_staff(client):
    client.force_login(admin_user())

    assert "/admin/learning_orders/" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_staff_refund_revokes_access(client, enrolled_order):
    staff = admin_user()
    client.force_login(staff)

    response = client.post(
        reverse("learning_orders:refund", args=[enrolled_order.pk]), {"reason": "Could not attend"}
    )

    enrolled_order.refresh_from_db()
    assert response.status_code == 302
    assert enrolled_order.status == Order.Status.REFUNDED
    assert enrolled_order.refund.reason == "Could not attend" and enrolled_order.refund.refunded_by == staff
    assert active_enrolment(enrolled_order.user, enrolled_order.course) is None


def test_a_refund_without_a_reason_changes_nothing(client, enrolled_order):
    client.force_login(admin_user())

    response = client.post(reverse("learning_orders:refund", args=[enrolled_order.pk]), {"reason": ""})

    assert response.status_code == 200
    assert Order.objects.get().status == Order.Status.ENROLLED


def test_staff_confirm_a_bank_transfer(client, course):
    order = start_checkout(UserFactory(), course, method=Order.Method.BANK_TRANSFER)
    payment_for(order, BANK_TRANSFER)
    client.force_login(admin_user())
    url = reverse("learning_orders:confirm_transfer", args=[order.pk])

    assert 'value="75.00"' in client.get(url).content.decode()
    response = client.post(url, {"amount": "75.00", "currency": "EUR", "bank_reference": "KICB 123"})

    order.refresh_from_db()
    assert response.status_code == 302
    assert order.status == Order.Status.ENROLLED
    assert active_enrolment(order.user, course) is not None


def test_a_bank_transfer_of_another_amount_is_refused(client, course):
    order = start_checkout(UserFactory(), course, method=Order.Method.BANK_TRANSFER)
    client.force_login(admin_user())

    response = client.post(
        reverse("learning_orders:confirm_transfer", args=[order.pk]), {"amount": "7500", "currency": "KGS"}
    )

    assert response.status_code == 200
    assert Order.objects.get().status == Order.Status.PENDING
    assert active_enrolment(order.user, course) is None


def test_staff_revoke_a_certificate(client, enrolled_order):
    certificate = Certificate.objects.create(
        code="CBPR-0001",
        user=enrolled_order.user,
        course=enrolled_order.course,
        name_on_certificate="Айгүл",
        course_title="CBPR",
        language="ky",
    )
    staff = admin_user()
    client.force_login(staff)

    client.post(reverse("learning_certificates:revoke", args=[certificate.pk]))

    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert AuditEntry.objects.filter(actor=staff, action="certificate.revoke").exists()


def test_the_report_counts_enrolments_completions_and_net_revenue_per_month(client, course, enrolled_order):
    second = start_checkout(UserFactory(), course)
    confirm_payment(payment_for(second, "dummy").pk, "75.00", "EUR")
    Enrolment.objects.filter(user=enrolled_order.user).update(completed_at=timezone.now())
    staff = admin_user()
    client.force_login(staff)
    client.post(reverse("learning_orders:refund", args=[second.pk]), {"reason": "Duplicate purchase"})

    rows = monthly_course_report()
    page = client.get(reverse("learning_report:index"))
    csv = client.get(reverse("learning_report:index"), {"export": "csv"}).content.decode()

    assert len(rows) == 1
    row = rows[0]
    assert (row.course, row.enrolments, row.completions) == (course.title, 2, 1)
    assert dict(row.revenue) == {"EUR": Decimal("75.00")}
    assert page.status_code == 200 and "75.00 EUR" in page.content.decode()
    assert course.title in csv and "75.00" in csv


@pytest.mark.parametrize(
    "url_name",
    [
        "learning_orders:index",
        "learning_payments:index",
        "learning_vouchers:index",
        "learning_enrolments:index",
        "learning_cohorts:index",
        "learning_certificates:index",
        "learning_report:index",
    ],
)
def test_every_learning_admin_page_opens_for_an_administrator(client, enrolled_order, url_name):
    client.force_login(administrator())

    assert client.get(reverse(url_name)).status_code == 200


def test_an_administrator_creates_a_voucher_and_it_is_stored_in_capitals(client, course):
    client.force_login(administrator())

    response = client.post(
        reverse("learning_vouchers:add"),
        {"code": "osh-community", "percent_off": "100", "course": course.pk, "max_uses": "20", "note": "Osh"},
    )

    assert response.status_code == 302
    assert Voucher.objects.get().code == "OSH-COMMUNITY"


def test_orders_cannot_be_edited_outside_the_state_machine(client, enrolled_order):
    client.force_login(administrator())

    response = client.post(reverse("learning_orders:edit", args=[enrolled_order.pk]), {"status": "pending"})

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert Order.objects.get().status == Order.Status.ENROLLED
