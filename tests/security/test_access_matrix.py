"""Who gets what: the exact answer each role gets on every page that shows personal data or paid content.

Each table reads as role × URL; a cell is the HTTP status, or a Redirect naming where the person is sent.
Rules the tables hold to:
- someone else's object (an order, a receipt, a certificate, a quiz attempt, a cohort, an event's people)
  answers 404, never 403, so an outsider cannot learn that it exists;
- pages that need an account send a visitor to sign in;
- paid lessons send whoever has no access to the course page (its enrol or buy button), not to an error;
- the admin answers non-staff with 403 (the staff-only guard) and staff without the model permission with
  Wagtail's "permission denied": a redirect to the admin home with a message.
The people and objects are built once for the module (tests/security/access_matrix.py), in a transaction
rolled back after the last test.
"""

import json

import pytest
from django.core.cache import cache
from django.db import transaction

from tests.security.access_matrix import ROLES, Redirect, build_world

pytestmark = pytest.mark.django_db

SIGN_IN = Redirect("sign-in")
# Wagtail's answer to staff without the permission: back to the admin home, with "permission denied".
DENIED = Redirect("admin home")
PAID_COURSE = Redirect("paid course")
FREE_COURSE = Redirect("free course")
ATTEMPT = Redirect("quiz attempt")
MODULE = Redirect("paid module")


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Everyone and everything the matrix visits, built once; each test runs in a savepoint inside."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)
    cache.clear()


def visit(client, world, role, endpoint_name):
    endpoint = world.endpoints[endpoint_name]
    if role != "anonymous":
        client.force_login(world.people[role])
    if endpoint.method == "POST":
        return client.post(endpoint.url, endpoint.data or {})
    return client.get(endpoint.url)


def outcome(response, places):
    """The status, or the Redirect whose place the Location points to (None when it points elsewhere)."""
    if response.status_code not in (301, 302, 303):
        return response.status_code
    location = response["Location"]
    named = [name for name, url in places.items() if location.startswith(url)]
    # The longest matching URL names the place: /ru/courses/cbpr/module-1/ is the module, not the course.
    place = max(named, key=lambda name: len(places[name]), default=None)
    return Redirect(place, response.status_code) if place else f"{response.status_code}→{location}"


def rows(table):
    """pytest parameters (endpoint, role, expected) from a table whose columns follow ROLES."""
    return [
        pytest.param(endpoint, role, expected, id=f"{endpoint} | {role}")
        for endpoint, *cells in table
        for role, expected in zip(ROLES, cells, strict=True)
    ]


def assert_answer(client, world, endpoint, role, expected):
    assert outcome(visit(client, world, role, endpoint), world.places) == expected


# fmt: off
ACCOUNT_AND_LEARNING = [
    # endpoint                     anonymous    learner                 other        trainer A    trainer B    editor   admin
    ("dashboard",                  SIGN_IN,     200,                    200,         200,         200,         200,     200),
    ("profile",                    SIGN_IN,     200,                    200,         200,         200,         200,     200),
    ("my data (JSON)",             SIGN_IN,     200,                    200,         200,         200,         200,     200),
    ("delete account page",        SIGN_IN,     200,                    200,         200,         200,         200,     200),
    # The paid course: the learner bought it, trainer A trains its cohort; staff may open every module.
    ("paid lesson",                PAID_COURSE, 200,                    PAID_COURSE, 200,         PAID_COURSE, 200,     200),
    ("paid module and quiz",       PAID_COURSE, 200,                    PAID_COURSE, 200,         PAID_COURSE, 200,     200),
    ("paid quiz submit",           SIGN_IN,     ATTEMPT,                PAID_COURSE, ATTEMPT,     PAID_COURSE, ATTEMPT, ATTEMPT),
    ("paid lesson done",           SIGN_IN,     MODULE,                 PAID_COURSE, MODULE,      PAID_COURSE, MODULE,  MODULE),
    ("learner's quiz attempt",     SIGN_IN,     200,                    404,         404,         404,         404,     404),
    # A module that opens next month: closed to the buyer too, open to the course's trainers and staff.
    ("locked module",              PAID_COURSE, PAID_COURSE,            PAID_COURSE, 200,         PAID_COURSE, 200,     200),
    ("locked lesson",              PAID_COURSE, PAID_COURSE,            PAID_COURSE, 200,         PAID_COURSE, 200,     200),
    # The free course: the learner enrolled, trainer B trains its cohort; others must enrol first.
    ("free lesson",                FREE_COURSE, 200,                    FREE_COURSE, FREE_COURSE, 200,         200,     200),
    ("learner's certificate PDF",  SIGN_IN,     200,                    404,         404,         404,         404,     404),
    # Public by design (printed QR codes): test_the_certificate_check_shows_no_email checks what it shows.
    ("certificate check",          200,         200,                    200,         200,         200,         200,     200),
    ("learner's order",            SIGN_IN,     200,                    404,         404,         404,         404,     404),
    ("learner's order payment",    SIGN_IN,     Redirect("order"),      404,         404,         404,         404,     404),
    ("learner's order cancel",     SIGN_IN,     Redirect("order", 303), 404,         404,         404,         404,     404),
    # Administrators (learning.view_receipt) may download any receipt; editors are staff but may not.
    ("learner's receipt PDF",      SIGN_IN,     200,                    404,         404,         404,         404,     200),
]

# Cohort A is trainer A's; trainer B trains another cohort. Only superusers see every cohort.
TRAINER_COHORT = [
    # endpoint                    anonymous  learner  other learner  trainer A           trainer B  editor  administrator
    ("my cohorts",                SIGN_IN,   200,     200,           200,                200,       200,    200),
    ("cohort participants",       SIGN_IN,   404,     404,           200,                404,       404,    404),
    ("cohort add participant",    SIGN_IN,   404,     404,           200,                404,       404,    404),
    ("cohort import",             SIGN_IN,   404,     404,           200,                404,       404,    404),
    ("cohort export (CSV)",       SIGN_IN,   404,     404,           200,                404,       404,    404),
    ("cohort export (Excel)",     SIGN_IN,   404,     404,           200,                404,       404,    404),
    ("cohort attendance",         SIGN_IN,   404,     404,           200,                404,       404,    404),
    ("cohort notes",              SIGN_IN,   404,     404,           Redirect("cohort"), 404,       404,    404),
    ("cohort certificates",       SIGN_IN,   404,     404,           Redirect("cohort"), 404,       404,    404),
]

# Event A is organised by trainer A; trainer B organises event B. Only superusers see every event.
EVENT_ORGANISER = [
    # endpoint                      anonymous  learner  other learner  trainer A             trainer B  editor  administrator
    ("my events",                   SIGN_IN,   200,     200,           200,                  200,       200,    200),
    ("event participants",          SIGN_IN,   404,     404,           200,                  404,       404,    404),
    ("event add participant",       SIGN_IN,   404,     404,           200,                  404,       404,    404),
    ("event import",                SIGN_IN,   404,     404,           200,                  404,       404,    404),
    ("event export (CSV)",          SIGN_IN,   404,     404,           200,                  404,       404,    404),
    ("event export (XLSX)",         SIGN_IN,   404,     404,           200,                  404,       404,    404),
    ("event cancel a registration", SIGN_IN,   404,     404,           200,                  404,       404,    404),
    ("event check-in",              SIGN_IN,   404,     404,           200,                  404,       404,    404),
    ("event check-in mark",         SIGN_IN,   404,     404,           Redirect("check-in"), 404,       404,    404),
]

# The links in emails carry a random token; a wrong one is refused alike for everyone, signed in or not.
# Confirm, accept and cancel answer 410 for any link that does not work (forged, expired or used).
TOKEN_LINKS = [
    # endpoint                         anonymous  learner  other learner  trainer A  trainer B  editor  administrator
    ("confirm link, wrong token",      410,       410,     410,           410,       410,       410,    410),
    ("accept link, wrong token",       410,       410,     410,           410,       410,       410,    410),
    ("cancel link, wrong token",       410,       410,     410,           410,       410,       410,    410),
    ("feedback link, wrong token",     404,       404,     404,           404,       404,       404,    404),
    ("cohort invitation, wrong token", 404,       404,     404,           404,       404,       404,    404),
]

# Non-staff get 403 from the staff-only guard before Wagtail runs. Editors hold wagtailadmin.access_admin
# but none of these models' view permissions, so Wagtail sends them to the admin home ("permission
# denied"), except for the counts-only pages (attendance, report) and the feedback queue they moderate.
# Administrators hold the view permissions of people, orders and logs, but do not moderate feedback.
ADMIN_VIEWSETS = [
    # endpoint                   anonymous      learner  other learner  trainer A  trainer B  editor  administrator
    ("admin: registrations",     SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: a registration",    SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: waiting list",      SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: attendance",        SIGN_IN,       403,     403,           403,       403,       200,    200),
    ("admin: reminder log",      SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: events report",     SIGN_IN,       403,     403,           403,       403,       200,    200),
    ("admin: feedback to review", SIGN_IN,      403,     403,           403,       403,       200,    DENIED),
    ("admin: audit log",         SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: outbox",            SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: orders",            SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: an order",          SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: payments",          SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: users",             SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    ("admin: a user",            SIGN_IN,       403,     403,           403,       403,       DENIED, 200),
    # Pages are the editors' work; Administrators hold no page permissions. What the editor form offers as
    # trainers and organisers: test_the_page_editor_offers_only_trainers_as_trainers_and_organisers.
    ("admin: edit an event page", SIGN_IN,      403,     403,           403,       403,       200,    DENIED),
    ("admin: edit a course page", SIGN_IN,      403,     403,           403,       403,       200,    DENIED),
]
# fmt: on


@pytest.mark.parametrize(("endpoint", "role", "expected"), rows(ACCOUNT_AND_LEARNING))
def test_account_and_learning_pages(client, world, endpoint, role, expected):
    assert_answer(client, world, endpoint, role, expected)


@pytest.mark.parametrize(("endpoint", "role", "expected"), rows(TRAINER_COHORT))
def test_trainer_cohort_pages(client, world, endpoint, role, expected):
    assert_answer(client, world, endpoint, role, expected)


@pytest.mark.parametrize(("endpoint", "role", "expected"), rows(EVENT_ORGANISER))
def test_event_organiser_pages(client, world, endpoint, role, expected):
    assert_answer(client, world, endpoint, role, expected)


@pytest.mark.parametrize(("endpoint", "role", "expected"), rows(TOKEN_LINKS))
def test_email_links_with_a_wrong_token(client, world, endpoint, role, expected):
    assert_answer(client, world, endpoint, role, expected)


@pytest.mark.parametrize(("endpoint", "role", "expected"), rows(ADMIN_VIEWSETS))
def test_admin_viewsets(client, world, endpoint, role, expected):
    assert_answer(client, world, endpoint, role, expected)


@pytest.mark.parametrize("role", ROLES)
def test_the_certificate_check_shows_no_email(client, world, role):
    content = visit(client, world, role, "certificate check").content.decode()

    assert world.learning.certificate.name_on_certificate in content
    assert world.people["learner"].email not in content


@pytest.mark.parametrize("role", ["learner", "other learner"])
def test_the_personal_data_download_holds_only_ones_own(client, world, role):
    other = "other learner" if role == "learner" else "learner"

    data = json.dumps(json.loads(visit(client, world, role, "my data (JSON)").content))

    assert world.people[role].email in data
    assert world.people[other].email not in data


@pytest.mark.parametrize(
    ("endpoint", "someone_elses"),
    [
        ("my cohorts", lambda world: world.learning.cohort.title),
        ("my events", lambda world: world.events.event.title),
    ],
)
def test_a_trainers_lists_leave_out_other_trainers_cohorts_and_events(client, world, endpoint, someone_elses):
    own = visit(client, world, "trainer A", endpoint).content.decode()
    client.logout()
    other = visit(client, world, "trainer B", endpoint).content.decode()

    assert someone_elses(world) in own
    assert someone_elses(world) not in other


@pytest.mark.parametrize("endpoint", ["admin: edit an event page", "admin: edit a course page"])
def test_the_page_editor_offers_only_trainers_as_trainers_and_organisers(client, world, endpoint):
    content = visit(client, world, "editor", endpoint).content.decode()

    assert world.people["trainer A"].display_name in content
    assert world.people["trainer B"].display_name in content
    assert world.people["learner"].display_name not in content
    assert world.people["other learner"].display_name not in content
