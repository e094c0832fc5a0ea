"""The attendance status migration keeps every mark: present stays present, the rest absent (and back)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from learning.factories import CohortSessionFactory, ParticipantFactory
from learning.models import Attendance

BEFORE = ("learning", "0003_trainers_from_the_trainers_group")
AFTER = ("learning", "0004_attendance_status")


def migrate_to(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


@pytest.fixture
def latest_schema_after():
    """Whatever the test migrates to, the database ends at the latest migrations for the tests after it."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_attendance_marks_survive_the_status_migration_both_ways(latest_schema_after):
    session = CohortSessionFactory()
    people = {status: ParticipantFactory(cohort=session.cohort) for status in ("present", "late", "absent")}
    for status, participant in people.items():
        Attendance.objects.create(session=session, participant=participant, status=status)

    old_apps = migrate_to(BEFORE)
    old_attendance = old_apps.get_model("learning", "Attendance")
    present_before = dict(old_attendance.objects.values_list("participant_id", "present"))
    old_attendance.objects.filter(participant_id=people["late"].pk).update(present=False)
    new_apps = migrate_to(AFTER)

    assert present_before == {
        people["present"].pk: True,
        people["late"].pk: True,
        people["absent"].pk: False,
    }
    marks = new_apps.get_model("learning", "Attendance").objects.values_list("participant_id", "status")
    assert dict(marks) == {
        people["present"].pk: "present",
        people["late"].pk: "absent",
        people["absent"].pk: "absent",
    }
