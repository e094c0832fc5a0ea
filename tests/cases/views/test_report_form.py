"""The report form: what it asks, what it saves, and how it answers bad input."""

import pytest
from django.test import override_settings

from cases.models import Case, Consent, ContactMethod, Evidence, Organisation, OrganisationRegion

from ..helpers import REPORT, receipt_code, report_url, send_report

pytestmark = pytest.mark.django_db


def test_the_form_asks_its_questions_in_fieldsets_with_the_editors_violation_types(client, violation_types):
    response = client.get(report_url("ky"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Милициянын зомбулугу" in html and "Насилие со стороны полиции" not in html
    assert html.index("Милициянын зомбулугу") < html.index("Коркутуу")
    assert html.count("<fieldset") >= 8
    assert 'enctype="multipart/form-data"' in html
    assert 'name="narrative"' in html and 'name="consent"' in html


def test_a_report_is_saved_to_the_organisation_covering_its_region(client, violation_types):
    osh = Organisation.objects.create(name="Osh lawyers", slug="osh")
    OrganisationRegion.objects.create(organisation=osh, region="osh")
    police = violation_types["Насилие со стороны полиции"]

    response = send_report(client, violation_types=[police.pk])

    assert response.status_code == 200
    case = Case.objects.get()
    assert case.organisation == osh
    assert case.narrative == REPORT["narrative"]
    assert (case.region, case.town, case.perpetrator) == ("osh", "uzgen", "police")
    assert (case.sogi, case.hiv, case.drug_use, case.sex_work) == (True, None, False, None)
    assert (case.contact_method, case.contact) == (ContactMethod.TELEGRAM, "@aigul_safe")
    assert (case.consent, case.language, case.status) == (Consent.STATISTICS, "ru", "new")
    assert list(case.violation_types.all()) == [police]
    assert str(case.happened_on) == "2026-11-20"


def test_only_the_text_is_needed_and_an_unmapped_case_goes_to_the_default_organisation(client):
    response = client.post(report_url(), {"narrative": "Мне угрожали.", "consent": "help_only"})

    assert response.status_code == 200
    case = Case.objects.get()
    assert case.organisation == Organisation.objects.get(is_default=True)
    assert (case.region, case.town, case.needs, case.contact_method) == ("", "", "both", "none")
    assert case.happened_on is None


def test_a_town_fills_in_its_region_and_a_town_from_another_region_is_refused(client):
    send_report(client, region="", town="karakol")
    assert Case.objects.get().region == "issyk_kul"

    response = send_report(client, region="batken", town="karakol")
    assert "This town is not in the region you chose" in response.content.decode()
    assert Case.objects.count() == 1


def test_without_any_organisation_to_take_it_the_report_is_refused_clearly_and_nothing_is_saved(client):
    Organisation.objects.all().delete()

    response = send_report(client)

    assert response.status_code == 503
    assert (
        "We cannot receive reports on the site right now. Nothing has been saved."
        in response.content.decode()
    )
    assert Case.objects.count() == 0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"narrative": ""}, "Please tell us, even in a few words, what happened."),
        ({"narrative": "x" * 20_001}, "Please keep this under 20000 characters (now 20001)."),
        ({"narrative": "Меня\x00 избили"}, "This text contains a character that cannot be saved."),
        ({"contact": "@aigul\x00"}, "This text contains a character that cannot be saved."),
        (
            {"contact_method": "email", "contact": "not-an-address"},
            "This does not look like an email address.",
        ),
        ({"contact_method": "phone", "contact": ""}, "Write where we can reach you"),
        ({"contact_method": "none"}, "Choose how we may contact you at this address"),
        ({"happened_on": "2099-01-01"}, "This date is in the future."),
        ({"happened_on": "вчера"}, "Write the date as day.month.year"),
        ({"consent": "publish_everything"}, "Please choose how we may use your report."),
        ({"region": "mars\x00"}, "Please choose one of the options in the list."),
        ({"violation_types": ["1\x00"]}, "Please choose one of the options in the list."),
    ],
)
def test_bad_input_gets_a_clear_message_next_to_its_field_and_nothing_is_saved(
    client, violation_types, changes, message
):
    response = send_report(client, **changes)

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Nothing has been saved yet." in html
    assert 'aria-invalid="true"' in html and "_error" in html
    assert Case.objects.count() == 0


def test_an_error_points_the_field_at_its_message_for_screen_readers(client):
    html = send_report(client, narrative="").content.decode()

    assert 'aria-describedby="id_narrative_error id_narrative_helptext"' in html
    assert '<p class="field__error" id="id_narrative_error">' in html


def test_a_date_may_be_written_day_first_and_marked_approximate(client):
    send_report(client, happened_on="03.10.2026", date_is_approximate="on")

    case = Case.objects.get()
    assert (str(case.happened_on), case.date_is_approximate) == ("2026-10-03", True)


def test_sending_the_same_form_again_does_not_make_a_second_case_or_show_a_second_code(client):
    first = send_report(client, submission="form-token-1")
    again = send_report(client, submission="form-token-1")

    assert receipt_code(first)
    assert "This report was already sent" in again.content.decode()
    assert 'class="receipt-code"' not in again.content.decode()
    assert Case.objects.count() == 1


@override_settings(CASES_REPORT_ATTEMPTS=2)
def test_many_reports_from_one_connection_are_slowed_down(client):
    for _ in range(2):
        assert send_report(client).status_code == 200

    response = send_report(client)

    assert response.status_code == 429
    assert "Several reports were sent from your connection" in response.content.decode()
    assert Case.objects.count() == 2
    assert Evidence.objects.count() == 0
