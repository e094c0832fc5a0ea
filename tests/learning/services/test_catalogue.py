from decimal import Decimal

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning import factories as f
from learning.models import CourseFormat
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory
from website.core.factories import translate
from website.core.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return catalogue("ru")


@pytest.fixture
def sogi(index):
    return Topic.objects.create(name="SOGI", slug="sogi", locale=index.locale)


def course(index, topics=(), trainers=(), **fields):
    page = f.CoursePageFactory(parent=index, **fields)
    page.topics.set(topics)
    page.trainers.set(trainers)
    page.save()
    return page


def titles(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return {c.title for c in response.context["courses"]}


def test_lists_courses_of_the_catalogue_language_by_default(client, index):
    course(index, title="Права человека")
    ky_course = translate(course(index, title="Only in Russian"), "ky", title="Адам укуктары")
    ky_index = ky_course.get_parent()

    assert titles(client, index.url) == {"Права человека", "Only in Russian"}
    assert titles(client, ky_index.url) == {"Адам укуктары"}


def test_language_filter_lists_courses_available_in_that_language(client, index):
    translate(course(index, title="CBPR"), "en", title="CBPR in English")
    course(index, title="Russian only")

    assert titles(client, f"{index.url}?language=en") == {"CBPR in English"}


def test_topic_filter_matches_translations_too(client, index, sogi):
    tagged = course(index, title="SOGI basics", topics=[sogi])
    course(index, title="Legal aid")
    translate(tagged, "ky", title="СОГИ негиздери")

    assert titles(client, f"{index.url}?topic=sogi") == {"SOGI basics"}
    assert titles(client, f"{index.url}?topic=sogi&language=ky") == {"СОГИ негиздери"}


def test_format_and_price_filters(client, index):
    course(index, title="ToT", format=CourseFormat.TOT_BLENDED)
    course(index, title="CBPR", price=Decimal("75.00"))
    course(index, title="Webinars", format=CourseFormat.WEBINAR_SERIES)

    assert titles(client, f"{index.url}?format=tot_blended") == {"ToT"}
    assert titles(client, f"{index.url}?price=paid") == {"CBPR"}
    assert titles(client, f"{index.url}?price=free&format=webinar_series") == {"Webinars"}


def test_unknown_filter_values_are_ignored(client, index):
    course(index, title="CBPR")

    assert titles(client, f"{index.url}?format=podcast&price=cheap&language=de") == {"CBPR"}


def test_drafts_are_not_listed(client, index):
    draft = course(index, title="Not ready")
    draft.unpublish()

    assert titles(client, index.url) == set()


def test_query_count_does_not_grow_with_the_number_of_courses(client, index, sogi):
    image = wagtail_factories.ImageFactory()
    trainer = UserFactory(display_name="Aida")
    for _ in range(10):
        course(index, topics=[sogi], trainers=[trainer], image=image)
    client.get(index.url)  # renditions are made once, on the first view

    with CaptureQueriesContext(connection) as ten:
        response = client.get(index.url)
    assert len(response.context["courses"]) == 10
    for _ in range(90):
        course(index, topics=[sogi], trainers=[trainer], image=image)
    with CaptureQueriesContext(connection) as hundred:
        response = client.get(index.url)

    assert len(response.context["courses"]) == 100
    assert "Aida" in response.content.decode() and "SOGI" in response.content.decode()
    assert len(ten) == len(hundred)
