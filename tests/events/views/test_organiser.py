"""Organisers' pages: who may see an event's people, the participant list, adding, cancelling and exports."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from wagtail.models import Locale

from events.factories import RegistrationFactory
from events.models import Registration, RegistrationSource, RegistrationStatus
from events.services.organisers import register_participant
from events.services.registrations import SignUpError, sign_up
from learning.factories import CohortFactory
from website.accounts.factories import UserFactory
from website.core.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser():
    return UserFactory()


def organised_by(event, *users):
    event.organisers.add(*users)
    event.save()
    return event


@pytest.fixture
def event(make_event, organiser):
    return organised_by(
        make_event(
            title="Human Rights Day in Bishkek",
            capacity=2,
            questions=[("question", {"question": "Organisation", "why": "To plan the groups"})],
        ),
        organiser,
    )


@pytest.fixture
def organiser_client(client, organiser):
    client.force_login(organiser)
    return client


def event_urls(event, registration):
    return {
        "participants": reverse("events:organiser_participants", args=[event.pk]),
        "add": reverse("events:organiser_add", args=[event.pk]),
        "import": reverse("events:organiser_import", args=[event.pk]),
        "export_csv": reverse("events:organiser_export_csv", args=[event.pk]),
        "export_xlsx": reverse("events:organiser_export_xlsx", args=[event.pk]),
        "cancel": reverse("events:organiser_cancel", args=[event.pk, registration.pk]),
        "check_in": reverse("events:organiser_check_in", args=[event.pk]),
    }


def answers_json(event, text):
    return json.dumps({event.questions[0].id: text})


def test_an_anonymous_visitor_is_sent_to_sign_in(client, event):
    registration = RegistrationFactory(event=event)
    urls = [reverse("events:organiser_events"), *event_urls(event, registration).values()]
    urls.append(reverse("events:organiser_check_in_mark", args=[event.pk]))

    for url in urls:
        response = client.post(url) if url.endswith("/mark/") else client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("account_login")), url


def test_the_organiser_of_another_event_finds_nothing_of_this_one(client, make_event, event):
    someone = RegistrationFactory(event=event, name="Aigul", email="aigul@example.org")
    other_organiser = UserFactory()
    organised_by(make_event(title="Screening in Osh"), other_organiser)
    client.force_login(other_organiser)
    urls = event_urls(event, someone)

    for name, url in urls.items():
        assert client.get(url).status_code == 404, name
    mark = reverse("events:organiser_check_in_mark", args=[event.pk])
    assert client.post(mark, {"registration": someone.pk, "state": "in"}).status_code == 404
    assert client.post(urls["cancel"]).status_code == 404
    assert (
        client.post(urls["add"], {"name": "X", "email": "x@example.org", "language": "ru"}).status_code == 404
    )
    assert client.post(urls["import"], {"confirm": "1"}).status_code == 404
    someone.refresh_from_db()
    assert someone.status == RegistrationStatus.CONFIRMED and someone.checked_in_at is None
    assert Registration.objects.count() == 1
    assert not AuditEntry.objects.exists()


def test_a_learner_or_a_trainer_is_not_an_organiser(client, event):
    registration = RegistrationFactory(event=event)
    trainer = UserFactory()
    CohortFactory(trainers=[trainer])

    for person in (UserFactory(), trainer):
        client.force_login(person)
        for name, url in event_urls(event, registration).items():
            assert client.get(url).status_code == 404, name


def test_my_events_lists_only_the_events_i_organise(organiser_client, make_event, event, event_index):
    organised_by(make_event(title="Screening in Osh"), UserFactory())
    RegistrationFactory(event=event)
    RegistrationFactory(event=event, status=RegistrationStatus.WAITING)

    page = organiser_client.get(reverse("events:organiser_events")).content.decode()

    assert "Human Rights Day in Bishkek" in page
    assert "Screening in Osh" not in page
    assert "1 confirmed" in page and "1 waiting" in page


def test_a_translation_of_an_event_is_not_a_second_way_in(organiser_client, event):
    translation = event.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    translation.save_revision().publish()

    page = organiser_client.get(reverse("events:organiser_events")).content.decode()

    assert page.count(f'href="{reverse("events:organiser_participants", args=[event.pk])}"') == 1
    assert (
        organiser_client.get(reverse("events:organiser_participants", args=[translation.pk])).status_code
        == 404
    )


def test_a_superuser_sees_every_event(client, event):
    client.force_login(UserFactory(is_superuser=True))

    assert "Human Rights Day in Bishkek" in client.get(reverse("events:organiser_events")).content.decode()
    assert client.get(reverse("events:organiser_participants", args=[event.pk])).status_code == 200


def test_the_participant_list_shows_people_answers_and_the_waiting_list_in_order(
    organiser_client, organiser, event
):
    RegistrationFactory(
        event=event, name="Aigul", email="aigul@example.org", phone="+996555123456",
        answers=answers_json(event, "Kyrgyz Indigo"),
    )  # fmt: skip
    RegistrationFactory(event=event, name="Bakyt", source=RegistrationSource.IMPORT)
    later = RegistrationFactory(event=event, name="Waiting second", status=RegistrationStatus.WAITING)
    earlier = RegistrationFactory(event=event, name="Waiting first", status=RegistrationStatus.WAITING)
    Registration.objects.filter(pk=earlier.pk).update(waiting_since="2025-01-01T10:00Z")
    Registration.objects.filter(pk=later.pk).update(waiting_since="2025-01-02T10:00Z")
    RegistrationFactory(event=event, name="Gone", status=RegistrationStatus.CANCELLED)

    response = organiser_client.get(reverse("events:organiser_participants", args=[event.pk]))
    page = response.content.decode()

    assert response.status_code == 200
    assert "aigul@example.org" in page and "+996555123456" in page
    assert "Organisation" in page and "Kyrgyz Indigo" in page
    assert "Imported from a file" in page
    assert page.index("Waiting first") < page.index("Waiting second")
    assert "Gone" in page
    entry = AuditEntry.objects.get(action="event.participants.view")
    assert (entry.actor, entry.object_id) == (organiser, str(event.pk))
    assert "aigul" not in entry.detail.lower() and "5 registrations" == entry.detail


def test_adding_one_participant_gives_a_seat_then_the_waiting_list(
    organiser_client, event, mailoutbox, django_capture_on_commit_callbacks
):
    url = reverse("events:organiser_add", args=[event.pk])
    question = f"answer_{event.questions[0].id}"
    RegistrationFactory(event=event)

    with django_capture_on_commit_callbacks(execute=True):
        first = organiser_client.post(
            url,
            {"name": "Aigul", "email": "aigul@example.org", "language": "ky", question: "Indigo"},
            follow=True,
        )
    second = organiser_client.post(
        url, {"name": "Bakyt", "phone": "0555 123 456", "language": "ru"}, follow=True
    )

    aigul = Registration.objects.get(name="Aigul")
    bakyt = Registration.objects.get(name="Bakyt")
    assert (aigul.status, aigul.source, aigul.language) == ("confirmed", "organiser", "ky")
    assert json.loads(aigul.answers) == {event.questions[0].id: "Indigo"}
    assert "Aigul is registered and has a seat." in first.content.decode()
    assert (bakyt.status, bakyt.email, bakyt.phone) == ("waiting", "", "+996555123456")
    assert "All seats are taken: Bakyt is on the waiting list." in second.content.decode()
    assert [message.to for message in mailoutbox] == [["aigul@example.org"]]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "Aigul", "language": "ru"}, "Give an email or a phone number"),
        ({"name": "Aigul", "phone": "12", "language": "ru"}, "The phone number is not valid."),
        (
            {"name": "Again", "email": "KNOWN@example.org", "language": "ru"},
            "already registered for this event",
        ),
        ({"name": "Again", "phone": "0555 000 111", "language": "ru"}, "already registered for this event"),
        ({}, 'id="id_name_error"'),  # the name field says it is required
    ],
)
def test_adding_someone_unreachable_or_already_registered_is_refused(organiser_client, event, data, message):
    RegistrationFactory(event=event, email="known@example.org", phone="+996555000111")

    response = organiser_client.post(reverse("events:organiser_add", args=[event.pk]), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Registration.objects.count() == 1


def test_cancelling_frees_the_seat_for_the_first_person_waiting(
    organiser_client, organiser, event, mailoutbox, django_capture_on_commit_callbacks
):
    seated = RegistrationFactory(event=event, name="Seated")
    RegistrationFactory(event=event, name="Also seated")
    waiting = RegistrationFactory(event=event, name="Next", status=RegistrationStatus.WAITING)
    Registration.objects.filter(pk=waiting.pk).update(waiting_since="2025-01-01T10:00Z")
    url = reverse("events:organiser_cancel", args=[event.pk, seated.pk])

    assert "Cancel the registration of Seated" in organiser_client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        page = organiser_client.post(url, follow=True).content.decode()

    seated.refresh_from_db()
    waiting.refresh_from_db()
    assert seated.status == RegistrationStatus.CANCELLED
    assert waiting.status == RegistrationStatus.OFFERED
    assert "The freed seat is offered to Next." in page
    assert {message.to[0] for message in mailoutbox} == {seated.email, waiting.email}
    assert AuditEntry.objects.filter(actor=organiser, action="event.registration.cancel").exists()
    assert organiser_client.get(url).status_code == 404


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_export_lists_everyone_and_records_who_exported_it(organiser_client, organiser, event):
    RegistrationFactory(
        event=event, name="=HYPERLINK(\"x\")", email="aigul@example.org", phone="+996555123456",
        answers=answers_json(event, "Indigo"),
    )  # fmt: skip
    RegistrationFactory(event=event, name="Bakyt", status=RegistrationStatus.WAITING)

    with translation.override("en"):
        response = organiser_client.get(reverse("events:organiser_export_csv", args=[event.pk]))
    rows = read_csv(response)

    assert response["Content-Type"].startswith("text/csv")
    assert rows[0][:3] == ["Name or pseudonym", "Email", "Phone"] and rows[0][-1] == "Organisation"
    assert rows[1][:3] == ['\'=HYPERLINK("x")', "aigul@example.org", "+996555123456"]
    assert rows[1][-1] == "Indigo"
    assert rows[2][0] == "Bakyt" and "On the waiting list" in rows[2]
    entry = AuditEntry.objects.get(action="event.participants.export")
    assert (entry.actor, entry.object_type, entry.object_id) == (organiser, "events.EventPage", str(event.pk))
    assert entry.detail == "2 registrations, CSV"


def test_the_excel_export_holds_the_same_people_as_text(organiser_client, organiser, event):
    RegistrationFactory(event=event, name="=1+2", email="aigul@example.org")

    response = organiser_client.get(reverse("events:organiser_export_xlsx", args=[event.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]

    assert rows[1][:2] == ["=1+2", "aigul@example.org"]
    assert sheet.cell(row=2, column=1).data_type == "s"
    assert AuditEntry.objects.get(action="event.participants.export").detail == "1 registrations, XLSX"


def test_phones_are_exported_in_one_international_form_as_plain_text(organiser_client, event):
    RegistrationFactory(event=event, name="Aigul", phone="0555 123 456")
    RegistrationFactory(event=event, name="Bakyt", phone="+996 700 000 123")

    as_csv = read_csv(organiser_client.get(reverse("events:organiser_export_csv", args=[event.pk])))
    as_xlsx = organiser_client.get(reverse("events:organiser_export_xlsx", args=[event.pk]))

    assert sorted(row[2] for row in as_csv[1:]) == ["+996555123456", "+996700000123"]
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).active
    phones = sorted(
        (sheet.cell(row=row, column=3).value, sheet.cell(row=row, column=3).data_type) for row in (2, 3)
    )
    assert phones == [("+996555123456", "s"), ("+996700000123", "s")]


@pytest.mark.parametrize(
    "url_name", ["organiser_participants", "organiser_check_in", "organiser_export_xlsx"]
)
def test_the_number_of_queries_does_not_grow_with_the_number_of_people(organiser_client, event, url_name):
    url = reverse(f"events:{url_name}", args=[event.pk])

    def queries_for(people):
        Registration.objects.all().delete()
        RegistrationFactory.create_batch(people, event=event, answers=answers_json(event, "Indigo"))
        RegistrationFactory.create_batch(people, event=event, status=RegistrationStatus.WAITING)
        with CaptureQueriesContext(connection) as captured:
            assert organiser_client.get(url).status_code == 200
        return len(captured)

    organiser_client.get(url)  # the first request fills per-process caches (site, locales)
    assert queries_for(3) == queries_for(30)


def test_people_reachable_only_by_phone_are_each_registered(event):
    first = register_participant(event, name="Aibek", email="", phone="0555 111 222", language="ky")
    second = register_participant(event, name="Nurlan", email="", phone="0555 333 444", language="ky")

    assert {first.pk, second.pk} == set(Registration.objects.values_list("pk", flat=True))
    with pytest.raises(SignUpError, match="already registered"):
        register_participant(event, name="Aibek again", email="", phone="+996555111222", language="ky")


def test_people_signing_themselves_up_still_need_an_email(event):
    with pytest.raises(SignUpError, match="Give an email address"):
        sign_up(event, name="Aibek", email="", phone="0555 111 222", language="ky")
