"""Random files to the participant imports (a ToT cohort, an event): no server error, nothing saved unless confirmed.

Both pages use the shared import service (website.core.imports): upload → row-by-row report → confirm.
"""

import csv
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import event, example, given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from events.models import Registration
from learning.factories import CohortFactory
from learning.models import Participant
from tests.events.public_site import add_event, build_events_site
from website.accounts.factories import UserFactory

from .fuzzing import (
    FUZZ,
    assert_form_shown_again_with_a_message,
    assert_no_server_error,
    hostile_text,
    rolled_back,
)

pytestmark = pytest.mark.django_db

HEADERS = ["name", "email", "phone", "Имя", "Почта", "Телефон", "Аты-жөнү", "E-mail", "tel.", ""]
FILE_NAMES = ["participants.csv", "participants.xlsx", "УЧАСТНИКИ.CSV", "participants.txt", "participants"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1251", "latin-1"]

cell = st.one_of(
    st.sampled_from(["Aida", "Бакыт", "aida@example.org", "0555 123 456", "+996 555 123 456", ""]),
    st.emails(),
    hostile_text,
)
good_header = st.sampled_from(
    [["name", "email", "phone"], ["Имя", "Почта", "Телефон"], ["Аты", "E-mail", "Tel."]]
)
good_row = st.tuples(
    st.sampled_from(["Aida", "Бакыт", "  Cholpon   A. "]),
    st.one_of(st.just(""), st.emails()),
    st.sampled_from(["", "0555 123 456", "+996 700 123 456"]),
).map(list)
any_header = st.lists(st.one_of(st.sampled_from(HEADERS), hostile_text), min_size=1, max_size=4)
any_row = st.lists(cell, max_size=4)
# A table: a header row (the expected columns in one of the languages, or anything) and up to five rows.
table = st.tuples(
    st.one_of(good_header, any_header),
    st.lists(st.one_of(good_row, any_row), max_size=5),
)


def csv_content(header_and_rows, delimiter, encoding):
    header, rows = header_and_rows
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([header, *rows])
    return out.getvalue().encode(encoding, errors="replace")


def xlsx_content(header_and_rows):
    header, rows = header_and_rows
    workbook = Workbook()
    for row in [header, *rows]:
        workbook.active.append([ILLEGAL_CHARACTERS_RE.sub("", value) for value in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def damaged_xlsx(header_and_rows, start, junk):
    """A real workbook whose sheet XML has random bytes written into it."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_content(header_and_rows)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as damaged:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                position = start % len(data)
                data = data[:position] + junk + data[position + len(junk) :]
            damaged.writestr(item, data)
    return out.getvalue()


spreadsheets = st.one_of(
    st.tuples(
        st.sampled_from(["participants.csv", "Participants.CSV"]),
        st.builds(csv_content, table, st.sampled_from([",", ";", "\t"]), st.sampled_from(ENCODINGS)),
    ),
    st.tuples(st.sampled_from(["participants.xlsx", "participants.csv"]), st.builds(xlsx_content, table)),
)
junk = st.one_of(
    st.tuples(st.sampled_from(FILE_NAMES), st.binary(max_size=2000)),
    st.tuples(st.just("participants.csv"), hostile_text.map(lambda text: text.encode("utf-8"))),
    st.tuples(
        st.just("participants.xlsx"),
        st.builds(damaged_xlsx, table, st.integers(min_value=0), st.binary(min_size=1, max_size=40)),
    ),
)
uploads = st.one_of(spreadsheets, junk)
# The language is a plain choice: a few wrong values are enough, so most examples reach the file checks.
language = st.sampled_from(["ru", "ky", "en", None, "xx", "\x00", ["ru", "en"]])

NUL_ROW = ("participants.csv", b"name,email\nAida\x00,aida@example.org\n")
BROKEN_SHEET = ("participants.xlsx", damaged_xlsx((["name"], []), 0, b"\x00"))
GOOD_FILE = ("participants.csv", "name,email,phone\nAida,aida@example.org,\nБакыт,,0555 123 456\n".encode())


def upload_and_confirm(client, url, upload, language, saved):
    """Upload a file, then confirm it: no server error, and rows are saved only by a confirmed, valid file."""
    body = {"file": SimpleUploadedFile(*upload)}
    if language is not None:
        body["language"] = language
    with rolled_back():
        before = saved.count()
        preview = client.post(url, body)

        assert_no_server_error(preview)
        assert saved.count() == before
        if "report" not in preview.context:
            event("rejected file")
            assert_form_shown_again_with_a_message(preview)
            return
        report = preview.context["report"]
        confirmed = client.post(url, {"confirm": "1"})

        assert_no_server_error(confirmed)
        if report.can_confirm:
            event("saved")
            assert confirmed.status_code == 302
            assert saved.count() - before == len(report.accepted)
            assert not any("\x00" in name for name in saved.values_list("name", flat=True))
        else:
            event("report with nothing to save")
            assert saved.count() == before
            assert "Nothing was saved" in confirmed.content.decode()


@pytest.fixture
def cohort_upload(client):
    trainer = UserFactory()
    cohort = CohortFactory(trainers=[trainer])
    client.force_login(trainer)
    return reverse("learning:cohort_upload", args=[cohort.pk]), Participant.objects.filter(cohort=cohort)


@pytest.fixture
def event_import(client):
    organiser = UserFactory()
    page = add_event(build_events_site())
    page.organisers.add(organiser)
    page.save()
    client.force_login(organiser)
    return reverse("events:organiser_import", args=[page.pk]), Registration.objects.filter(event=page)


@FUZZ
@given(upload=uploads, language=language)
@example(upload=NUL_ROW, language="ru")
@example(upload=BROKEN_SHEET, language="ru")
@example(upload=GOOD_FILE, language=None)
@example(upload=GOOD_FILE, language="ky")
def test_cohort_participant_import(client, cohort_upload, upload, language):
    url, participants = cohort_upload
    upload_and_confirm(client, url, upload, language, participants)


@FUZZ
@given(upload=uploads, language=language)
@example(upload=NUL_ROW, language="ru")
@example(upload=BROKEN_SHEET, language="ru")
@example(upload=GOOD_FILE, language=None)
@example(upload=GOOD_FILE, language="en")
def test_event_participant_import(client, event_import, upload, language):
    url, registrations = event_import
    upload_and_confirm(client, url, upload, language, registrations)
