"""Account rules: second-factor enrolment for staff, a person's data export, and deleting an account."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import decrypt, is_mfa_enabled
from django.db import transaction
from django.db.models import Prefetch, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from events.services.personal_data import feedback_data, forget_person, registrations_data
from learning.models import (
    Attendance,
    Certificate,
    Enrolment,
    LessonCompletion,
    Order,
    Participant,
    Payment,
    QuizAttempt,
)
from website.core.audit import record

PAYMENT_BILLING_FIELDS = {
    "billing_first_name": "",
    "billing_last_name": "",
    "billing_address_1": "",
    "billing_address_2": "",
    "billing_city": "",
    "billing_postcode": "",
    "billing_country_code": "",
    "billing_country_area": "",
    "billing_email": "",
    "billing_phone": "",
    "customer_ip_address": None,
}


@transaction.atomic
def activate_totp_for(user, secret=None):
    """Enrol TOTP (and recovery codes) for a user; returns the secret and the unused recovery codes.

    Used where a person cannot scan a QR code first, such as the demo administrator `make run` prints.
    """
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if existing is None:
        secret = secret or generate_totp_secret()
        TOTP.activate(user, secret)
    else:
        secret = decrypt(existing.data["secret"])
    codes = RecoveryCodes.activate(user)
    return secret, codes.get_unused_codes()


def export_personal_data(user, actor=None):
    """Everything this site holds about a person, as JSON-ready data; leaves an audit entry (never the values)."""
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": account_data(user),
        "enrolments": enrolments_data(user),
        "lesson_completions": lesson_completions_data(user),
        "quiz_attempts": quiz_attempts_data(user),
        "orders": orders_data(user),
        "certificates": certificates_data(user),
        "cohort_memberships": cohort_memberships_data(user),
        "event_registrations": registrations_data(user),
        "event_feedback": feedback_data(user),
    }
    record(actor or user, "export_personal_data", user)
    return data


def isoformat(moment):
    return moment.isoformat() if moment else None


def account_data(user):
    return {
        "email": user.email,
        "display_name": user.display_name,
        "preferred_language": user.preferred_language,
        "date_joined": isoformat(user.date_joined),
        "last_login": isoformat(user.last_login),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "two_factor_authentication": is_mfa_enabled(user),
    }


def enrolments_data(user):
    return [
        {
            "course": enrolment.course.title,
            "source": enrolment.source,
            "status": enrolment.status,
            "enrolled_on": isoformat(enrolment.created_at),
            "completed_on": isoformat(enrolment.completed_at),
            "last_lesson": enrolment.last_lesson.title if enrolment.last_lesson else None,
        }
        for enrolment in Enrolment.objects.filter(user=user).select_related("course", "last_lesson")
    ]


def lesson_completions_data(user):
    return [
        {"lesson": completion.lesson.title, "completed_at": isoformat(completion.completed_at)}
        for completion in LessonCompletion.objects.filter(user=user).select_related("lesson")
    ]


def quiz_attempts_data(user):
    return [
        {
            "module": attempt.module.title,
            "score": attempt.score,
            "passed": attempt.passed,
            "answers": attempt.answers,
            "created_at": isoformat(attempt.created_at),
        }
        for attempt in QuizAttempt.objects.filter(user=user).select_related("module")
    ]


def orders_data(user):
    return [
        {
            "number": order.pk,
            "course": order.course.title,
            "status": order.status,
            "method": order.method,
            "list_price": str(order.list_price),
            "total": str(order.total),
            "currency": order.currency,
            "voucher": order.voucher.code if order.voucher else None,
            "created_at": isoformat(order.created_at),
            "paid_at": isoformat(order.paid_at),
            "refunded_at": isoformat(order.refunded_at),
        }
        for order in Order.objects.filter(user=user).select_related("course", "voucher")
    ]


def certificates_data(user):
    return [
        {
            "code": certificate.code,
            "course": certificate.course_title,
            "name_on_certificate": certificate.name_on_certificate,
            "language": certificate.language,
            "issued_at": isoformat(certificate.issued_at),
            "revoked_at": isoformat(certificate.revoked_at),
        }
        for certificate in Certificate.objects.filter(user=user)
    ]


def cohort_memberships_data(user):
    attendance = Prefetch("attendance", queryset=Attendance.objects.select_related("session"))
    memberships = Participant.objects.filter(user=user).select_related("cohort").prefetch_related(attendance)
    return [
        {
            "cohort": membership.cohort.title,
            "city": membership.cohort.city,
            "starts_on": isoformat(membership.cohort.starts_on),
            "ends_on": isoformat(membership.cohort.ends_on),
            "name": membership.name,
            "email": membership.email,
            "phone": membership.phone,
            "attendance": [
                {
                    "session": mark.session.title,
                    "starts_at": isoformat(mark.session.starts_at),
                    "attendance": mark.status,
                }
                for mark in membership.attendance.all()
            ],
        }
        for membership in memberships
    ]


@transaction.atomic
def delete_account(user):
    """Delete a person and their personal data.

    Orders and payments stay for the accounts, without the person and without billing details;
    certificates are revoked and their name blanked, so a verification link no longer names anyone.
    Progress, enrolments, cohort memberships (with their attendance) and second factors go with the account.
    Event registrations stay for the counts, without the person; see events.services.personal_data.
    """
    forget_person(user)
    Certificate.objects.filter(user=user).update(
        revoked_at=Coalesce("revoked_at", Value(timezone.now())), name_on_certificate="", user=None
    )
    Payment.objects.filter(order__user=user).update(**PAYMENT_BILLING_FIELDS)
    Participant.objects.filter(user=user).delete()
    record(user, "delete_account", user)
    user.delete()
