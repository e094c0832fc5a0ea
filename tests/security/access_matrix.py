"""The people, objects and addresses behind the role × URL access matrix (tests/security/test_access_matrix.py).

One learner owns everything personal here (an order, a receipt, a certificate, a quiz attempt); the other
learner owns nothing, so every visit of theirs is an outsider's. Trainer A trains cohort A and organises
event A; trainer B trains cohort B and organises event B.
"""

import datetime
import uuid
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from learning import factories as learning
from learning.models import Enrolment
from learning.services.certificates import issue_certificate
from learning.services.enrolment import enrol
from learning.services.orders import start_checkout
from learning.services.payments import confirm_payment, payment_for
from tests.events.feedback_helpers import staff_member
from tests.learning.course_site import catalogue
from tests.website.site_tree import build_site_tree
from website.accounts.factories import UserFactory

ROLES = ("anonymous", "learner", "other learner", "trainer A", "trainer B", "editor", "administrator")
LANGUAGE = "ru"


@dataclass(frozen=True)
class Redirect:
    """An expected 302 (or `status`) to one of the world's places: where the person is sent says why."""

    place: str
    status: int = 302


@dataclass(frozen=True)
class Endpoint:
    method: str
    url: str
    data: dict | None = None


def trainer(**fields):
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name="Trainers"))
    return user


def bought(user, course):
    """The user pays for the course online (the dummy provider): an enrolled order with its receipt."""
    order = start_checkout(user, course)
    confirm_payment(payment_for(order, "dummy").pk, order.total, order.currency)
    order.refresh_from_db()
    return order


def course_with_modules(title, price):
    """A course with an open module (a lesson and a quiz) and a module that opens in a month."""
    course = learning.CoursePageFactory(parent=catalogue(LANGUAGE), title=title, price=Decimal(price))
    open_module = learning.ModulePageFactory(
        parent=course, quiz=[learning.question("Who may see a participant list?", ["Anyone", "Trainer"], [1])]
    )
    locked_module = learning.ModulePageFactory(
        parent=course, release_at=timezone.now() + datetime.timedelta(days=30)
    )
    return SimpleNamespace(
        page=course,
        open_module=open_module,
        lesson=learning.LessonPageFactory(parent=open_module, body=learning.lesson_body("Paid lesson")),
        locked_module=locked_module,
        locked_lesson=learning.LessonPageFactory(parent=locked_module, body=learning.lesson_body("Later")),
    )


def build_people():
    return {
        "learner": UserFactory(email="learner@example.org", display_name="Aigul Learner"),
        "other learner": UserFactory(email="other@example.org", display_name="Other Learner"),
        "trainer A": trainer(email="trainer-a@example.org", display_name="Trainer A"),
        "trainer B": trainer(email="trainer-b@example.org", display_name="Trainer B"),
        "editor": staff_member("Editors"),
        "administrator": staff_member("Administrators"),
    }


def build_learning(people):
    learner = people["learner"]
    paid = course_with_modules("CBPR", "75.00")
    free = course_with_modules("Documenting violations", "0.00")
    order = bought(learner, paid.page)
    enrol(learner, free.page)
    Enrolment.objects.filter(user=learner, course=free.page).update(completed_at=timezone.now())
    cohort_a = learning.CohortFactory(course=paid.page, trainers=[people["trainer A"]])
    learning.ParticipantFactory(cohort=cohort_a, name="Participant A", phone="+996555123456")
    learning.CohortFactory(course=free.page, trainers=[people["trainer B"]])
    return SimpleNamespace(
        paid=paid,
        free=free,
        order=order,
        attempt=learning.QuizAttemptFactory(user=learner, module=paid.open_module),
        certificate=issue_certificate(learner, free.page, language=LANGUAGE),
        cohort=cohort_a,
        session=learning.CohortSessionFactory(cohort=cohort_a),
    )


def build_events(people, home):
    index = EventIndexPageFactory(parent=home)
    event_a = EventPageFactory(parent=index, title="Human Rights Day")
    event_a.organisers.add(people["trainer A"])
    event_a.save()
    event_b = EventPageFactory(parent=index, title="World AIDS Day")
    event_b.organisers.add(people["trainer B"])
    event_b.save()
    registration = RegistrationFactory(
        event=event_a, name="Registered Person", email="registered@example.org"
    )
    return SimpleNamespace(event=event_a, registration=registration)


def build_world():
    """Everyone in ROLES (the anonymous visitor has no user) and the objects the matrix visits."""
    tree = build_site_tree()
    people = build_people()
    world = SimpleNamespace(
        people=people,
        learning=build_learning(people),
        events=build_events(people, tree.homes[LANGUAGE]),
    )
    with translation.override(LANGUAGE):
        world.endpoints = endpoints(world)
        world.places = places(world)
    return world


def learner_endpoints(world):
    learned = world.learning
    return {
        "dashboard": Endpoint("GET", reverse("learning:dashboard")),
        "profile": Endpoint("GET", reverse("accounts:profile")),
        "my data (JSON)": Endpoint("POST", reverse("accounts:download_data")),
        "delete account page": Endpoint("GET", reverse("accounts:delete_account")),
        "paid lesson": Endpoint("GET", learned.paid.lesson.url),
        "paid module and quiz": Endpoint("GET", learned.paid.open_module.url),
        "paid quiz submit": Endpoint(
            "POST",
            learned.paid.open_module.url + "quiz/",
            {f"q-{learned.paid.open_module.quiz[0].id}": "1"},
        ),
        "paid lesson done": Endpoint("POST", learned.paid.lesson.url + "done/"),
        "learner's quiz attempt": Endpoint(
            "GET", f"{learned.paid.open_module.url}quiz/attempts/{learned.attempt.pk}/"
        ),
        "locked module": Endpoint("GET", learned.paid.locked_module.url),
        "locked lesson": Endpoint("GET", learned.paid.locked_lesson.url),
        "free lesson": Endpoint("GET", learned.free.lesson.url),
        "learner's certificate PDF": Endpoint(
            "GET", reverse("learning:certificate_pdf", args=[learned.certificate.code])
        ),
        "certificate check": Endpoint("GET", f"/certificates/{learned.certificate.code}/"),
        "learner's order": Endpoint("GET", reverse("learning:order_detail", args=[learned.order.pk])),
        "learner's order payment": Endpoint("GET", reverse("learning:order_pay", args=[learned.order.pk])),
        "learner's order cancel": Endpoint("POST", reverse("learning:order_cancel", args=[learned.order.pk])),
        "learner's receipt PDF": Endpoint("GET", reverse("learning:receipt_pdf", args=[learned.order.pk])),
    }


def cohort_endpoints(world):
    cohort = world.learning.cohort.pk
    participant = world.learning.cohort.participants.get().pk
    return {
        "my cohorts": Endpoint("GET", reverse("learning:my_cohorts")),
        "cohort participants": Endpoint("GET", reverse("learning:cohort_detail", args=[cohort])),
        "cohort add participant": Endpoint("GET", reverse("learning:cohort_add_participant", args=[cohort])),
        "cohort import": Endpoint("GET", reverse("learning:cohort_upload", args=[cohort])),
        "cohort export (CSV)": Endpoint("GET", reverse("learning:cohort_export_csv", args=[cohort])),
        "cohort export (Excel)": Endpoint("GET", reverse("learning:cohort_export_xlsx", args=[cohort])),
        "cohort attendance": Endpoint(
            "GET", reverse("learning:cohort_attendance", args=[cohort, world.learning.session.pk])
        ),
        "cohort notes": Endpoint(
            "POST", reverse("learning:cohort_notes", args=[cohort]), {"trainer_notes": "x"}
        ),
        "cohort certificates": Endpoint(
            "POST", reverse("learning:cohort_certificates", args=[cohort]), {"participant": [participant]}
        ),
    }


def organiser_endpoints(world):
    event = world.events.event.pk
    registration = world.events.registration.pk
    return {
        "my events": Endpoint("GET", reverse("events:organiser_events")),
        "event participants": Endpoint("GET", reverse("events:organiser_participants", args=[event])),
        "event add participant": Endpoint("GET", reverse("events:organiser_add", args=[event])),
        "event import": Endpoint("GET", reverse("events:organiser_import", args=[event])),
        "event export (CSV)": Endpoint("GET", reverse("events:organiser_export_csv", args=[event])),
        "event export (XLSX)": Endpoint("GET", reverse("events:organiser_export_xlsx", args=[event])),
        "event cancel a registration": Endpoint(
            "GET", reverse("events:organiser_cancel", args=[event, registration])
        ),
        "event check-in": Endpoint("GET", reverse("events:organiser_check_in", args=[event])),
        "event check-in mark": Endpoint(
            "POST",
            reverse("events:organiser_check_in_mark", args=[event]),
            {"registration": registration, "state": "in"},
        ),
    }


def token_endpoints():
    wrong = uuid.uuid4()
    return {
        "confirm link, wrong token": Endpoint("GET", reverse("events:confirm", args=[wrong])),
        "accept link, wrong token": Endpoint("GET", reverse("events:accept_offer", args=[wrong])),
        "cancel link, wrong token": Endpoint("GET", reverse("events:cancel", args=[wrong])),
        "feedback link, wrong token": Endpoint("GET", reverse("events:feedback", args=[wrong])),
        "cohort invitation, wrong token": Endpoint(
            "GET", reverse("learning:claim_invitation", args=["wrong"])
        ),
    }


def admin_endpoints(world):
    def admin(name, *args):
        return Endpoint("GET", reverse(name, args=args))

    return {
        "admin: registrations": admin("events_registrations:index"),
        "admin: a registration": admin("events_registrations:inspect", world.events.registration.pk),
        "admin: waiting list": admin("events_waiting_list:index"),
        "admin: attendance": admin("events_attendance:index"),
        "admin: reminder log": admin("events_reminders:index"),
        "admin: events report": admin("events_report:index"),
        "admin: feedback to review": admin("events_feedback:index"),
        "admin: audit log": admin("audit_log:index"),
        "admin: outbox": admin("core_outbox:index"),
        "admin: orders": admin("learning_orders:index"),
        "admin: an order": admin("learning_orders:inspect", world.learning.order.pk),
        "admin: payments": admin("learning_payments:index"),
        "admin: users": admin("wagtailusers_users:index"),
        "admin: a user": admin("wagtailusers_users:edit", world.people["learner"].pk),
        "admin: edit an event page": admin("wagtailadmin_pages:edit", world.events.event.pk),
        "admin: edit a course page": admin("wagtailadmin_pages:edit", world.learning.paid.page.pk),
    }


def endpoints(world):
    return {
        **learner_endpoints(world),
        **cohort_endpoints(world),
        **organiser_endpoints(world),
        **token_endpoints(),
        **admin_endpoints(world),
    }


def places(world):
    """Where redirects lead, by name (a redirect matches when its Location starts with the place's URL)."""
    return {
        "sign-in": reverse("account_login"),
        "paid course": world.learning.paid.page.url,
        "free course": world.learning.free.page.url,
        "quiz attempt": world.learning.paid.open_module.url + "quiz/attempts/",
        "paid module": world.learning.paid.open_module.url,
        "order": reverse("learning:order_detail", args=[world.learning.order.pk]),
        "cohort": reverse("learning:cohort_detail", args=[world.learning.cohort.pk]),
        "check-in": reverse("events:organiser_check_in", args=[world.events.event.pk]),
        "admin home": reverse("wagtailadmin_home"),
    }
