"""A person's learning data: what their data export holds, and what deleting their account does to it.

Orders and payments stay for the accounts, without the person and without billing details; certificates
are revoked and their name blanked, so a verification link no longer names anyone. Progress, enrolments,
cohort memberships (with their attendance) go with the account.
"""

from django.db.models import Prefetch, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

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
from website.core.personal_data import PersonalDataSource, deleted_with_the_account, isoformat

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


def forget_billing_details(user):
    """The person's orders stay for the accounts (they lose the person with the account), their payments
    without billing details."""
    Payment.objects.filter(order__user=user).update(**PAYMENT_BILLING_FIELDS)


def revoke_certificates(user):
    """Revoke the person's certificates and blank their name, so a verification link names no one."""
    Certificate.objects.filter(user=user).update(
        revoked_at=Coalesce("revoked_at", Value(timezone.now())), name_on_certificate="", user=None
    )


def delete_cohort_memberships(user):
    """The person leaves their cohorts; their attendance marks go with them."""
    Participant.objects.filter(user=user).delete()


def personal_data_sources():
    """The sections of a person's data export that learning holds, and how deleting the account erases them."""
    return [
        PersonalDataSource("enrolments", export=enrolments_data, erase=deleted_with_the_account),
        PersonalDataSource(
            "lesson_completions", export=lesson_completions_data, erase=deleted_with_the_account
        ),
        PersonalDataSource("quiz_attempts", export=quiz_attempts_data, erase=deleted_with_the_account),
        PersonalDataSource("orders", export=orders_data, erase=forget_billing_details),
        PersonalDataSource("certificates", export=certificates_data, erase=revoke_certificates),
        PersonalDataSource(
            "cohort_memberships", export=cohort_memberships_data, erase=delete_cohort_memberships
        ),
    ]
