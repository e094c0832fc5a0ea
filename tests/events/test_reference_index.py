"""A page's "Usage" listing in the admin never names the people who signed up for it or learn on it."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from wagtail.models import ReferenceIndex

from events.factories import RegistrationFactory
from events.models import Registration
from learning import factories as f
from learning.services.enrolment import enrol
from tests.events.feedback_helpers import staff_member
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

MIGRATION = ("events", "0004_forget_personal_references")


def test_event_usage_page_lists_no_participant(make_event, client):
    event = make_event()
    client.force_login(staff_member("Editors"))
    RegistrationFactory(event=event, name="Aizada Private")

    response = client.get(reverse("wagtailadmin_pages:usage", args=(event.pk,)))

    assert response.status_code == 200
    assert "Aizada Private" not in response.content.decode()
    assert not ReferenceIndex.get_references_to(event).exists()


def test_course_enrolment_leaves_no_reference_to_the_course():
    course = f.CoursePageFactory(parent=catalogue("ru"))
    enrol(UserFactory(), course)

    assert not ReferenceIndex.get_references_to(course).exists()


def test_migration_removes_references_written_before(make_event):
    event = make_event()
    registration = RegistrationFactory(event=event)
    old_row = ReferenceIndex.objects.create(
        content_type=ContentType.objects.get_for_model(Registration),
        base_content_type=ContentType.objects.get_for_model(Registration),
        object_id=str(registration.pk),
        to_content_type=ContentType.objects.get(app_label="wagtailcore", model="page"),
        to_object_id=str(event.pk),
        model_path="event",
        content_path="event",
        content_path_hash=ReferenceIndex._get_content_path_hash("event"),
    )

    loader = MigrationLoader(connection)
    [operation] = loader.get_migration(*MIGRATION).operations
    operation.code(loader.project_state(MIGRATION, at_end=False).apps, None)

    assert not ReferenceIndex.objects.filter(pk=old_row.pk).exists()
