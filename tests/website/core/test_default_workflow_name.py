"""Moderators and editors read the default workflow's name in the site's working language, not Wagtail's English."""

import pytest
from wagtail.models import Task, Workflow


@pytest.mark.django_db
def test_the_default_workflow_and_its_task_have_russian_names():
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Проверка модератором"]
    assert list(Task.objects.values_list("name", flat=True)) == ["Одобрение модератора"]
