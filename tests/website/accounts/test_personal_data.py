import json
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from wagtail.models import Page

from learning.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, ModulePageFactory
from learning.models import (
    Attendance,
    AttendanceStatus,
    Certificate,
    Cohort,
    CohortSession,
    Enrolment,
    LessonCompletion,
    Order,
    Participant,
    Payment,
    QuizAttempt,
)
from website.accounts.factories import PASSWORD, UserFactory
from website.core.models import AuditEntry

BISHKEK = ZoneInfo("Asia/Bishkek")


@pytest.fixture
def learner_records(person):
    """A learner who has done a bit of everything the learning app records."""
    index = CourseIndexPageFactory(parent=Page.get_first_root_node())
    course = CoursePageFactory(parent=index, title="CBPR", price=Decimal("75.00"))
    module = ModulePageFactory(parent=course, title="Data analysis")
    lesson = LessonPageFactory(parent=module, title="Coding interviews")
    Enrolment.objects.create(user=person, course=course, source=Enrolment.Source.ORDER)
    LessonCompletion.objects.create(user=person, lesson=lesson)
    QuizAttempt.objects.create(user=person, module=module, answers={"q1": "b"}, score=80, passed=True)
    order = Order.objects.create(
        user=person,
        course=course,
        status=Order.Status.ENROLLED,
        list_price=Decimal("75.00"),
        total=Decimal("75.00"),
        currency="EUR",
    )
    Payment.objects.create(
        order=order,
        variant="dummy",
        currency="EUR",
        total=Decimal("75.00"),
        billing_first_name="Aigul",
        billing_email=person.email,
        customer_ip_address="10.0.0.7",
    )
    certificate = Certificate.objects.create(
        code="BRG-0001",
        user=person,
        course=course,
        name_on_certificate="Aigul A.",
        course_title="CBPR",
        language="ru",
    )
    cohort = Cohort.objects.create(
        course=course, title="ToT Osh 2025", city="osh", starts_on=date(2025, 3, 1), ends_on=date(2025, 3, 5)
    )
    session = CohortSession.objects.create(
        cohort=cohort, title="Rights basics", starts_at=datetime(2025, 3, 1, 10, tzinfo=BISHKEK)
    )
    participant = Participant.objects.create(
        cohort=cohort, name="Aigul", email=person.email, phone="+996 555 000 111", user=person
    )
    Attendance.objects.create(session=session, participant=participant, status=AttendanceStatus.LATE)
    return {"course": course, "order": order, "certificate": certificate, "cohort": cohort}


@pytest.mark.django_db
def test_download_my_data_gives_a_json_file_with_everything_held_about_the_person(
    client, person, learner_records, django_assert_max_num_queries
):
    someone_else = UserFactory()
    Enrolment.objects.create(user=someone_else, course=learner_records["course"])
    client.force_login(person)

    with django_assert_max_num_queries(14):
        response = client.post("/en/accounts/profile/my-data/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="birge-my-data-')
    data = json.loads(response.content)
    assert data["account"]["email"] == "aigul@example.org"
    assert data["account"]["display_name"] == "Aigul"
    assert data["account"]["preferred_language"] == "ru"
    assert data["account"]["email_addresses"] == [
        {"email": "aigul@example.org", "verified": True, "primary": True}
    ]
    assert [(e["course"], e["source"]) for e in data["enrolments"]] == [("CBPR", "order")]
    assert [c["lesson"] for c in data["lesson_completions"]] == ["Coding interviews"]
    assert [(q["module"], q["score"], q["answers"]) for q in data["quiz_attempts"]] == [
        ("Data analysis", 80, {"q1": "b"})
    ]
    assert [(o["course"], o["total"], o["currency"]) for o in data["orders"]] == [("CBPR", "75.00", "EUR")]
    assert [(c["code"], c["name_on_certificate"]) for c in data["certificates"]] == [("BRG-0001", "Aigul A.")]
    [membership] = data["cohort_memberships"]
    assert (membership["cohort"], membership["phone"]) == ("ToT Osh 2025", "+996 555 000 111")
    assert [(a["session"], a["attendance"]) for a in membership["attendance"]] == [("Rights basics", "late")]


@pytest.mark.django_db
def test_download_my_data_leaves_an_audit_entry_without_the_values(client, person, learner_records):
    client.force_login(person)

    client.post("/en/accounts/profile/my-data/")

    [entry] = AuditEntry.objects.filter(action="export_personal_data")
    assert entry.actor == person
    assert (entry.object_type, entry.object_id) == ("accounts.User", str(person.pk))
    recorded = " ".join([entry.action, entry.object_type, entry.object_id, entry.detail])
    for value in ("aigul", "+996", "BRG-0001", "CBPR"):
        assert value.lower() not in recorded.lower()


@pytest.mark.django_db
def test_download_my_data_is_a_post_only_action(client, person):
    client.force_login(person)

    assert client.get("/en/accounts/profile/my-data/").status_code == 405
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_deleting_an_account_removes_the_person_and_keeps_orders_without_them(
    client, person, learner_records
):
    client.force_login(person)

    response = client.post("/en/accounts/profile/delete/", {"password": PASSWORD}, follow=True)

    assert response.redirect_chain[-1][0] == "/en/accounts/deleted/"
    assert "Your account has been deleted" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert not get_user_model().objects.filter(email="aigul@example.org").exists()
    assert not EmailAddress.objects.filter(email="aigul@example.org").exists()
    assert not Enrolment.objects.exists()
    assert not LessonCompletion.objects.exists()
    assert not QuizAttempt.objects.exists()
    assert not Participant.objects.exists()
    assert not Attendance.objects.exists()

    order = Order.objects.get(pk=learner_records["order"].pk)
    assert order.user is None
    assert (order.total, order.currency) == (Decimal("75.00"), "EUR")
    payment = Payment.objects.get(order=order)
    assert (payment.billing_first_name, payment.billing_email, payment.customer_ip_address) == ("", "", None)

    certificate = Certificate.objects.get(code="BRG-0001")
    assert certificate.user is None
    assert certificate.name_on_certificate == ""
    assert not certificate.is_valid

    assert AuditEntry.objects.filter(action="delete_account", object_id=str(person.pk)).exists()


@pytest.mark.django_db
def test_a_wrong_password_deletes_nothing_and_says_so(client, person, learner_records):
    client.force_login(person)

    response = client.post("/en/accounts/profile/delete/", {"password": "not my password"})

    assert response.status_code == 200
    assert "This is not your password. Nothing has been deleted." in response.content.decode()
    assert get_user_model().objects.filter(pk=person.pk).exists()
    assert Certificate.objects.get(code="BRG-0001").is_valid
    assert Enrolment.objects.filter(user=person).exists()


@pytest.mark.django_db
def test_the_delete_page_explains_what_happens(client, person):
    client.force_login(person)

    body = client.get("/en/accounts/profile/delete/").content.decode()

    assert "Deleting your account cannot be undone." in body
    assert "Your certificates are revoked" in body
