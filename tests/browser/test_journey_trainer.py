"""Journey 5: a trainer registers participants from a file, marks attendance and issues a certificate."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.demo_site import Account
from tests.browser.journeys import exactly, fill_login_form, log_in, ui

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]

COHORT = "ToT для правозащитниц — Ош"
# Each run (one per screen size) registers other people: nobody may be registered twice in a cohort.
PEOPLE = {
    "desktop": {
        "with_account": "Бакыт",
        "mistyped": "Гүлнара",
        "by_phone": "Асель",
        "phone": "+996 555 100 201",
    },
    "phone": {
        "with_account": "Эрлан",
        "mistyped": "Жылдыз",
        "by_phone": "Айгерим",
        "phone": "+996 555 100 202",
    },
}


def participant_list(folder, screen, mistyped_email):
    people = PEOPLE[screen]
    rows = [
        "name,email,phone",
        f"{people['with_account']},participant-{screen}@journeys.example,",
        f"{people['mistyped']},{mistyped_email},",
        f"{people['by_phone']},,{people['phone']}",
    ]
    path = folder / f"participants-{screen}.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def upload(page, path):
    page.get_by_label(ui("Participant list (CSV or XLSX)", "en")).set_input_files(path)
    page.get_by_label(ui("Language of the invitations", "en")).select_option(label="English")
    page.get_by_role("button", name=ui("Check the file", "en")).click()


def row_of(page, name):
    return page.get_by_role("row").filter(has=page.get_by_role("cell", name=name, exact=True))


def test_a_trainer_fixes_a_participant_list_marks_attendance_and_issues_a_certificate(
    journey, screen, tmp_path
):
    people = PEOPLE[screen]
    trainer = journey.open(locale="en")
    log_in(trainer, journey.site.accounts["trainer"])
    expect(trainer.get_by_role("heading", name=ui("My cohorts", "en"))).to_be_visible()
    trainer.get_by_role("main").get_by_role("link", name=COHORT).click()
    cohort_url = trainer.url

    trainer.get_by_role("link", name=ui("Upload a list (CSV or XLSX)", "en")).click()
    upload(trainer, participant_list(tmp_path, screen, f"gulnara-{screen}.journeys.example"))
    expect(
        row_of(trainer, people["mistyped"]).get_by_text(re.compile(ui("Invalid", "en"), re.I))
    ).to_have_count(1)
    expect(trainer.get_by_role("button", name=re.compile(ui("Save", "en")))).to_have_count(0)

    upload(trainer, participant_list(tmp_path, screen, f"gulnara-{screen}@journeys.example"))
    trainer.get_by_role("button", name=re.compile(ui("Save", "en"))).click()
    trainer.goto(cohort_url)
    for name in (people["with_account"], people["mistyped"], people["by_phone"]):
        expect(row_of(trainer, name)).to_have_count(1)

    participant = journey.open(locale="en")
    invited = Account(f"participant-{screen}@journeys.example")
    participant.goto(journey.site.mailbox.link_to(invited.email, "/learning/invitations/"))
    participant.get_by_role("link", name=exactly(ui("Sign in", "en"))).click()
    fill_login_form(participant, invited)
    participant.get_by_role("button", name=ui("Accept and start the course", "en")).click()
    participant.get_by_role("link", name=ui("English", "en"), exact=True).click()
    participant.get_by_role("link", name=ui("Continue where I left off", "en")).click()
    participant.get_by_role("button", name=ui("Mark as done", "en")).click()

    trainer.get_by_role("link", name=ui("Mark attendance", "en")).first.click()
    present = ui("Present", "en")
    trainer.get_by_role("group", name=people["with_account"]).get_by_label(present).check()
    trainer.get_by_role("group", name=people["by_phone"]).get_by_label(ui("Late", "en")).check()
    trainer.get_by_role("button", name=ui("Save attendance", "en")).click()
    trainer.goto(cohort_url)
    expect(
        row_of(trainer, people["with_account"]).get_by_role("cell", name="1 / 3", exact=True)
    ).to_have_count(1)
    expect(row_of(trainer, people["mistyped"]).get_by_role("cell", name="0 / 3", exact=True)).to_have_count(1)

    trainer.get_by_role("checkbox", name=people["with_account"]).check()
    trainer.get_by_role("button", name=ui("Issue certificates to the chosen participants", "en")).click()
    trainer.goto(cohort_url)
    code = row_of(trainer, people["with_account"]).get_by_role("cell").last.inner_text().strip()
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{10}", code)

    participant.goto(f"/certificates/{code}/")
    expect(participant.get_by_text(ui("Valid", "en"), exact=True)).to_be_visible()
