"""The reporter's way back: the receipt code opens the case (POST only), shows replies, takes more."""

import re
import time

import pytest
from django.test import override_settings
from django.utils import timezone

from cases.models import Case, CaseMessage, CaseStatus
from cases.services.evidence import read_evidence

from ..helpers import follow_up_url, jpeg_with_gps, receipt_code, send_report, upload

pytestmark = pytest.mark.django_db

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@pytest.fixture
def reported(client):
    """A sent report and its receipt code, as the reporter wrote it down."""
    code = receipt_code(send_report(client))
    client.cookies.clear()
    return Case.objects.get(), code


def open_case(client, code):
    return client.post(follow_up_url(), {"action": "open", "code": code})


def test_the_receipt_page_shows_the_code_once_and_says_it_is_the_only_way_back(client):
    response = send_report(client)

    html = response.content.decode()
    code = receipt_code(response)
    assert "It is the only way back to your report." in html
    assert code not in client.get(follow_up_url()).content.decode()
    assert Case.objects.get().receipt_digest != code.replace("-", "")


def test_the_code_is_asked_in_a_post_form_and_never_travels_in_an_address(client, reported):
    _case, code = reported
    html = client.get(follow_up_url()).content.decode()
    assert '<form method="post"' in html and 'name="code"' in html

    response = open_case(client, code)

    assert response.status_code == 302
    assert response.url == follow_up_url()
    assert code not in response.url


def test_a_code_in_the_query_string_opens_nothing(client, reported):
    _case, code = reported
    response = client.get(follow_up_url(), {"code": code})

    assert "Your report" not in response.content.decode()
    assert 'name="code"' in response.content.decode()


def test_the_reporter_sees_the_status_and_the_case_worker_s_reply_which_becomes_read(client, reported):
    case, code = reported
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.IN_PROGRESS)
    reply = CaseMessage.objects.create(
        case=case, from_reporter=False, text="Здравствуйте! Юрист позвонит вам в Telegram."
    )
    CaseMessage.objects.create(case=case, from_reporter=False, text="", read_at=None)

    open_case(client, code)
    html = client.get(follow_up_url()).content.decode()

    assert "We are working on your case." in html
    assert "Юрист позвонит вам в Telegram." in html
    reply.refresh_from_db()
    assert reply.read_at is not None


def test_a_typed_code_with_slips_still_opens_the_case(client, reported):
    _case, code = reported
    response = open_case(client, code.lower().replace("-", " "))
    assert response.status_code == 302


def test_a_wrong_code_gets_the_same_page_as_an_unknown_one(client, reported):
    _case, code = reported
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    unknown = "ZZZZ-ZZZZ-ZZZZ-ZZZZ"

    answers = [open_case(client, typed) for typed in (wrong, unknown)]

    assert [answer.status_code for answer in answers] == [200, 200]
    pages = [CSRF.sub("", answer.content.decode()) for answer in answers]
    assert "We could not open a case with this code." in pages[0]
    assert pages[0] == pages[1].replace(unknown, wrong)


@override_settings(CASES_RECEIPT_ATTEMPTS=3)
def test_guessing_codes_is_slowed_down_per_client_even_for_the_right_code(client, reported):
    _case, code = reported
    for _ in range(3):
        assert open_case(client, "ZZZZ-ZZZZ-ZZZZ-ZZZZ").status_code == 200

    response = open_case(client, code)

    assert response.status_code == 429
    assert (
        "Too many codes were tried from your connection. Please wait 15 minutes" in response.content.decode()
    )
    other_client = client.__class__(REMOTE_ADDR="198.51.100.9")
    assert open_case(other_client, code).status_code == 302


def test_the_reporter_adds_a_message_and_a_photo_without_its_gps(client, reported):
    case, code = reported
    open_case(client, code)

    response = client.post(
        follow_up_url(),
        {"action": "message", "text": "Вот фото синяков.", "evidence": [upload(jpeg_with_gps())]},
    )

    assert response.status_code == 302
    message = case.messages.get()
    assert (message.from_reporter, message.text) == (True, "Вот фото синяков.")
    photo = case.evidence.get()
    assert b"PhoneMaker" not in read_evidence(photo) and photo.from_reporter
    case.refresh_from_db()
    assert case.last_action_at > case.created_at
    assert "Thank you. We have received what you sent." in client.get(follow_up_url()).content.decode()


def test_an_empty_message_or_a_bad_file_is_refused_with_a_message(client, reported):
    case, code = reported
    open_case(client, code)

    empty = client.post(follow_up_url(), {"action": "message", "text": "  "})
    bad = client.post(
        follow_up_url(),
        {"action": "message", "text": "см. файл", "evidence": [upload(b"MZ\x90\x00program", name="x.jpg")]},
    )

    assert "Write a message or choose a file to send." in empty.content.decode()
    assert "We can take photos" in bad.content.decode()
    assert "please choose them again" in bad.content.decode()
    assert case.messages.count() == 0 and case.evidence.count() == 0


def test_the_open_case_is_kept_by_its_id_only_and_closes_on_request(client, reported):
    case, code = reported
    open_case(client, code)

    kept = client.session["cases.open_case"]
    assert kept["case"] == case.pk and code not in str(dict(client.session))

    client.post(follow_up_url(), {"action": "close"})

    assert "cases.open_case" not in client.session
    assert 'name="code"' in client.get(follow_up_url()).content.decode()


def test_the_open_case_closes_by_itself_after_a_while_and_a_late_message_is_not_saved(
    client, reported, settings
):
    case, code = reported
    open_case(client, code)
    session = client.session
    session["cases.open_case"] = {"case": case.pk, "until": time.time() - 1}
    session.save()

    response = client.post(follow_up_url(), {"action": "message", "text": "ещё"})

    assert "an open report closes on this device after a while" in response.content.decode()
    assert case.messages.count() == 0


def test_opening_a_case_gives_the_browser_a_new_session_key(client, reported):
    _case, code = reported
    client.get(follow_up_url())
    client.session.save()
    before = client.session.session_key

    open_case(client, code)

    assert client.session.session_key != before


def test_an_anonymised_case_no_longer_opens(client, reported):
    case, code = reported
    Case.objects.filter(pk=case.pk).update(anonymised_at=timezone.now())

    assert "We could not open a case with this code." in open_case(client, code).content.decode()


def test_a_code_shows_its_own_case_and_never_another_s_messages(client, reported):
    case, code = reported
    other = receipt_code(send_report(client.__class__(), narrative="Другая история."))
    other_case = Case.objects.exclude(pk=case.pk).get()
    CaseMessage.objects.create(case=other_case, from_reporter=False, text="Ответ для другого человека.")

    open_case(client, code)
    html = client.get(follow_up_url()).content.decode()

    assert other != code
    assert "Ответ для другого человека." not in html
    assert CaseMessage.objects.get(case=other_case).read_at is None
