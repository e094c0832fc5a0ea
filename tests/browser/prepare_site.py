"""Builds the journeys' database in the site's own settings and prints, as JSON, what the tests need.

Run by the harness as `python -m tests.browser.prepare_site CREDENTIALS_FILE` with the site's environment.
The credentials file already holds the passwords the demo accounts get; load_demo reads them from there.
"""

import io
import json
import shutil
import sys

import django
from django.core.management import call_command

# Journeys run once per screen size; each run needs its own learner with nothing bought and no cohort yet.
SCREENS = ("desktop", "phone")
JOURNEY_LEARNERS = [
    f"{role}-{screen}@journeys.example" for role in ("buyer", "participant") for screen in SCREENS
]
VOUCHER_CODE = "ORG-HALF"
# Each run of the feedback journey: one participant of the past training who agrees to a story, one who does not.
FEEDBACK_GIVERS = {
    "desktop": {"story": "Айдана", "private": "Бекболот"},
    "phone": {"story": "Чынара", "private": "Эмил"},
}
PAST_TRAINING = "documenting-violations-jalal-abad"
# Each run of an editor's journey signs in as an administrator of its own: the site takes each authenticator
# code once, so runs sharing one account would wait up to 30 s for the next code.
EDITOR_JOURNEYS = ("news", "feedback", "translator", "moderator")
# The journeys' staff who are not administrators but members of one group, as most of the staff are.
JOURNEY_GROUPS = {"translator": "Editors", "moderator": "Moderators"}


def feedback_giver_email(screen, consent):
    return f"feedback-{consent}-{screen}@journeys.example"


def journey_editor_email(journey, screen):
    return f"editor-{journey}-{screen}@journeys.example"


def compile_catalogues():
    """The site speaks the visitors' languages only with compiled catalogues (needs GNU gettext)."""
    if shutil.which("msgfmt"):
        call_command("compilemessages", locale=["ky", "ru", "en"], verbosity=0)


def add_journey_editors(password):
    """Administrators like the demo's own (or members of one staff group), each with a second factor;
    returns their secrets by email."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from website.accounts.services import activate_totp_for

    secrets_by_email = {}
    for journey, screen in ((journey, screen) for journey in EDITOR_JOURNEYS for screen in SCREENS):
        email = journey_editor_email(journey, screen)
        group = JOURNEY_GROUPS.get(journey)
        user = get_user_model().objects.create_user(
            email=email, password=password, preferred_language="ru", is_staff=True, is_superuser=group is None
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        secrets_by_email[email], _recovery_codes = activate_totp_for(user)
    return secrets_by_email


def add_journey_learners(password):
    """Verified learners with nothing bought yet, as if they had signed up before."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    for email in JOURNEY_LEARNERS:
        user = get_user_model().objects.create_user(email=email, password=password, preferred_language="en")
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)


def add_organisation_voucher():
    """A voucher an organisation hands out for the CBPR course: half the fee, a few uses."""
    from learning.models import CoursePage, Voucher

    cbpr = CoursePage.objects.get(slug="cbpr", locale__language_code="ru")
    Voucher.objects.create(code=VOUCHER_CODE, percent_off=50, course=cbpr, max_uses=10, note="Journeys")


def add_one_seat_events():
    """A Human Rights Day activity with one seat and a waiting list for each run of the events journey."""
    from events.factories import EventPageFactory
    from events.models import EventIndexPage

    index = EventIndexPage.objects.get(locale__language_code="en")
    for screen in SCREENS:
        EventPageFactory(
            parent=index,
            title=f"Human Rights Day in Karakol: open table ({screen})",
            slug=f"human-rights-day-karakol-{screen}",
            capacity=1,
            waiting_list=True,
            event_language="en",
        )


def add_feedback_givers():
    """People checked in at the past training in Jalal-Abad, each sent the request for feedback by email."""
    from datetime import timedelta

    from events.models import EventPage, Registration, RegistrationStatus
    from events.services.reminders import LocalizedPages, send_feedback_request

    training = EventPage.objects.get(slug=PAST_TRAINING, locale__language_code="ru")
    pages = LocalizedPages()
    for screen, names in FEEDBACK_GIVERS.items():
        for consent, name in names.items():
            registration = Registration.objects.create(
                event=training,
                name=name,
                email=feedback_giver_email(screen, consent),
                language="en",
                status=RegistrationStatus.CONFIRMED,
                confirmed_at=training.starts_at - timedelta(days=7),
                checked_in_at=training.starts_at,
            )
            send_feedback_request(registration, training, pages)


def main(credentials_file, password):
    django.setup()
    compile_catalogues()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo", credentials_file=credentials_file, stdout=io.StringIO())
    add_journey_learners(password)
    add_organisation_voucher()
    add_one_seat_events()
    add_feedback_givers()
    print(json.dumps({"editor_totp_secrets": add_journey_editors(password)}))


if __name__ == "__main__":
    main(*sys.argv[1:])
