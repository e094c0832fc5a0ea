"""The event page: facts in Bishkek time, who sees the exact place, sign-up, one's own registration."""

import datetime
import json
import re

import pytest
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.factories import RegistrationFactory
from events.models import EventPage, Registration, RegistrationSource, RegistrationStatus
from events.services.registrations import AlreadyRegistered, sign_up
from tests.events.public_site import add_event, build_events_site, sign_up_url, soup, text_of, translate_event
from website.accounts.factories import UserFactory
from website.core.places import City

pytestmark = pytest.mark.django_db

ADDRESS = "12 Erkindik Boulevard, room 4"
ONLINE_LINK = "https://meet.example.org/birge-secret-room"


@pytest.fixture
def site():
    return build_events_site()


@pytest.fixture
def event(site):
    return add_event(
        site,
        title="День прав человека",
        starts_at=datetime.datetime(2031, 12, 10, 4, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2031, 12, 10, 7, 30, tzinfo=datetime.UTC),
        registration_deadline=datetime.datetime(2031, 12, 8, 12, 0, tzinfo=datetime.UTC),
        address=ADDRESS,
        online_url=ONLINE_LINK,
        capacity=2,
    )


def with_questions(event):
    event.questions = [
        ("question", {"question": "Your organisation", "why": "So the trainers can plan group work."}),
        ("question", {"question": "Accessibility needs", "why": "So the room and materials suit you."}),
    ]
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def sign_up_post(client, event, address="127.0.0.1", **data):
    return client.post(
        sign_up_url(event), {"name": "Aida", "email": "aida@example.org", **data}, REMOTE_ADDR=address
    )


def test_the_page_shows_time_in_bishkek_with_the_zone_place_deadline_and_seats(client, event):
    page = text_of(client.get(event.url))

    assert "10 декабря 2031, 10:00" in page and "13:30" in page
    assert "Bishkek time, UTC+6" in page
    assert "Bishkek · Bishkek, city centre" in page
    assert "8 декабря 2031, 18:00" in page
    assert "2 seats left" in page


def test_anonymous_visitors_never_see_the_exact_address_or_online_link(client, event):
    response = client.get(event.url)
    page = response.content.decode()

    assert ADDRESS not in page and ONLINE_LINK not in page
    assert "The exact address comes with the confirmation of your seat." in text_of(response)


@pytest.mark.parametrize(
    "status",
    [
        None,
        RegistrationStatus.PENDING,
        RegistrationStatus.WAITING,
        RegistrationStatus.OFFERED,
        RegistrationStatus.CANCELLED,
    ],
)
def test_signed_in_people_without_a_confirmed_seat_do_not_see_the_exact_place(client, event, status):
    user = UserFactory()
    if status:
        RegistrationFactory(event=event, user=user, email=user.email, status=status)
    client.force_login(user)

    page = client.get(event.url).content.decode()

    assert ADDRESS not in page and ONLINE_LINK not in page


def test_a_confirmed_participant_sees_the_exact_address_link_and_check_in_code(client, event):
    user = UserFactory()
    registration = RegistrationFactory(event=event, user=user, email=user.email)
    client.force_login(user)

    response = client.get(event.url)

    assert ADDRESS in text_of(response) and ONLINE_LINK in text_of(response)
    assert registration.code in text_of(response)
    assert soup(response).find("form", attrs={"action": sign_up_url(event)}) is None


def test_a_confirmed_participant_of_the_canonical_event_sees_the_place_on_a_translation(client, site, event):
    english = translate_event(site, event, "en", title="Human Rights Day", address="Room 4, English")
    user = UserFactory()
    RegistrationFactory(event=event, user=user, email=user.email)
    client.force_login(user)

    assert "Room 4, English" in text_of(client.get(english.url))


def test_someone_elses_confirmed_registration_with_the_same_email_reveals_nothing(client, event):
    user = UserFactory()
    RegistrationFactory(event=event, user=None, email=user.email)
    client.force_login(user)

    assert ADDRESS not in client.get(event.url).content.decode()


def test_an_online_event_promises_the_link_with_the_confirmation(client, site):
    webinar = add_event(site, city=City.ONLINE, venue="", address="", online_url=ONLINE_LINK)

    response = client.get(webinar.url)

    assert ONLINE_LINK not in response.content.decode()
    assert "The link to join comes with the confirmation of your seat." in text_of(response)


def test_signed_in_user_signs_up_in_one_step_and_gets_a_seat(
    client, event, mailoutbox, django_capture_on_commit_callbacks
):
    user = UserFactory(display_name="Айгуль")
    client.force_login(user)

    form = soup(client.get(event.url)).find("form", class_="sign-up-form")
    assert form.find("input", attrs={"name": "name"})["value"] == "Айгуль"
    assert form.find("input", attrs={"name": "email"}) is None

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sign_up_url(event), {"name": "Айгуль"}, follow=True)

    registration = Registration.objects.get()
    assert (registration.user, registration.email, registration.status) == (
        user,
        user.email,
        RegistrationStatus.CONFIRMED,
    )
    assert response.redirect_chain == [(event.url, 302)]
    assert "Your seat is confirmed." in text_of(response)
    assert ADDRESS in text_of(response)
    assert mailoutbox[-1].to == [user.email]


def test_a_guest_gets_the_confirmation_email_and_no_seat_yet(
    client, event, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up_post(client, event, phone="+996 555 123 456")

    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.PENDING
    assert registration.language == "ru"
    assert registration.phone == "+996555123456"
    assert response.status_code == 302 and response["Location"] == event.url
    assert "open the link we have just emailed you" in text_of(client.get(event.url))
    assert "/ru/events/registrations/" in mailoutbox[-1].body


def test_a_full_event_puts_the_next_person_on_the_waiting_list(client, event):
    RegistrationFactory.create_batch(2, event=event)
    client.force_login(UserFactory())

    page = text_of(client.get(event.url))
    assert "Full — join the waiting list" in page and "Join the waiting list" in page

    response = client.post(sign_up_url(event), {"name": "Айгуль"}, follow=True)

    assert "you are on the waiting list" in text_of(response)
    assert Registration.objects.filter(status=RegistrationStatus.WAITING).count() == 1


def visible_answer(response):
    """A page as a visitor sees it, without what differs on every request (CSRF token, script nonce)."""
    page = response.content.decode()
    return re.sub(r'(name="csrfmiddlewaretoken" value|nonce)="[^"]*"', "", page)


def guest_sign_up(event, email, address):
    """A guest's sign-up in a browser of their own: the answer to the post, then the page it leads to."""
    browser = Client()
    posted = sign_up_post(browser, event, address=address, email=email, name="Someone")
    return posted, browser.get(posted["Location"])


@pytest.mark.parametrize(
    "status",
    [
        RegistrationStatus.PENDING,
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.WAITING,
        RegistrationStatus.OFFERED,
    ],
)
def test_a_registered_email_gets_the_same_answer_as_a_new_one_and_its_owner_an_email(
    site, mailoutbox, django_capture_on_commit_callbacks, status
):
    """Anyone could type an address into the form: the answer must not tell whether that person signed up."""
    full = add_event(site, title="Прайд-встреча", capacity=1, waiting_list=True)
    if status != RegistrationStatus.CONFIRMED:
        RegistrationFactory(event=full)
    RegistrationFactory(
        event=full,
        name="Aida",
        email="aida@example.org",
        status=status,
        offer_expires_at=timezone.now() + datetime.timedelta(hours=12),
    )
    before = set(Registration.objects.values_list("pk", "name", "email", "status"))

    with django_capture_on_commit_callbacks(execute=True):
        new_post, new_page = guest_sign_up(full, "someone.new@example.org", "10.0.0.1")
    with django_capture_on_commit_callbacks(execute=True):
        known_post, known_page = guest_sign_up(full, "AIDA@example.org", "10.0.0.2")

    assert (known_post.status_code, known_post["Location"]) == (new_post.status_code, new_post["Location"])
    assert (known_page.status_code, visible_answer(known_page)) == (
        new_page.status_code,
        visible_answer(new_page),
    )
    assert "open the link we have just emailed you" in text_of(known_page)
    assert (
        set(
            Registration.objects.exclude(email="someone.new@example.org").values_list(
                "pk", "name", "email", "status"
            )
        )
        == before
    )
    [to_the_owner] = [message for message in mailoutbox if message.to == ["aida@example.org"]]
    assert "already registered" in to_the_owner.subject
    assert "/ru/events/registrations/" in to_the_owner.body


def test_a_registered_email_takes_the_same_work_to_answer_as_a_new_one(event):
    """Nor does the time it takes tell: both answers run the same number of queries, one write each."""
    RegistrationFactory(event=event, email="aida@example.org")
    sign_up_post(Client(), event, email="first.of.the.day@example.org")
    counts = {}
    for email in ("someone.new@example.org", "aida@example.org"):
        with CaptureQueriesContext(connection) as queries:
            sign_up_post(Client(), event, email=email)
        counts[email] = len(queries)

    assert counts["aida@example.org"] == counts["someone.new@example.org"]


def test_a_signed_in_user_who_is_registered_sees_the_status_instead_of_the_form(client, event):
    user = UserFactory()
    client.force_login(user)
    RegistrationFactory(event=event, user=user, email=user.email, status=RegistrationStatus.WAITING)

    response = client.get(event.url)

    assert "You are on the waiting list." in text_of(response)
    assert soup(response).find("form", class_="sign-up-form") is None
    assert soup(response).find("form", attrs={"action": event.url + "cancel/"}) is not None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "not-an-email"}, "Enter a valid email address."),
        ({"name": "   "}, "This field is required."),
        ({"phone": "call me maybe"}, "The phone number is not valid."),
        ({"email": "a" * 243 + "@example.org"}, "The email address is not valid."),
    ],
)
def test_bad_input_shows_the_form_again_with_a_clear_message(client, site, event, data, message):
    english = translate_event(site, event, "en", title="Human Rights Day")

    response = sign_up_post(client, english, **data)

    assert response.status_code == 200
    assert message in text_of(response)
    assert not Registration.objects.exists()


def test_questions_say_why_they_are_asked_and_the_answers_are_kept(client, event):
    event = with_questions(event)
    form = soup(client.get(event.url)).find("form", class_="sign-up-form")
    fields = form.find_all("textarea")

    assert len(fields) == 2
    for field in fields:
        help_text = form.find(id=field["aria-describedby"])
        assert help_text is not None
    assert form.find(id=fields[0]["aria-describedby"]).get_text() == "So the trainers can plan group work."

    sign_up_post(client, event, **{fields[0]["name"]: "Birge network", fields[1]["name"]: "Step-free access"})

    answers = json.loads(Registration.objects.get().answers)
    assert sorted(answers.values()) == ["Birge network", "Step-free access"]


def test_closed_registration_shows_the_reason_and_refuses_a_sign_up(client, site):
    closed = add_event(site, registration_open=False)

    response = client.get(closed.url)
    assert "Registration for this event is closed." in text_of(response)
    assert soup(response).find("form", class_="sign-up-form") is None

    refused = sign_up_post(client, closed)
    assert refused.status_code == 200 and "Registration for this event is closed." in text_of(refused)
    assert not Registration.objects.exists()


def test_a_passed_deadline_closes_the_sign_up(client, site):
    event = add_event(site, registration_deadline=timezone.now() - datetime.timedelta(hours=1))

    assert "The registration deadline has passed." in text_of(client.get(event.url))


def test_a_full_event_without_waiting_list_offers_no_form(client, site):
    full = add_event(site, capacity=1, waiting_list=False)
    RegistrationFactory(event=full)

    response = client.get(full.url)

    assert "All seats are taken and this event has no waiting list." in text_of(response)
    assert soup(response).find("form", class_="sign-up-form") is None


def test_a_participant_cancels_from_the_page_and_the_first_waiting_is_offered_the_seat(
    client, site, mailoutbox, django_capture_on_commit_callbacks
):
    event = add_event(site, capacity=1)
    user = UserFactory()
    RegistrationFactory(event=event, user=user, email=user.email)
    waiting = RegistrationFactory(
        event=event, status=RegistrationStatus.WAITING, waiting_since=timezone.now()
    )
    client.force_login(user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url + "cancel/", follow=True)

    assert "Your registration is cancelled." in text_of(response)
    assert Registration.objects.get(user=user).status == RegistrationStatus.CANCELLED
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.OFFERED
    assert soup(response).find("form", class_="sign-up-form") is not None


def test_cancel_without_a_registration_changes_nothing(client, event):
    client.force_login(UserFactory())

    response = client.post(event.url + "cancel/", follow=True)

    assert "You are not registered for this event." in text_of(response)


def test_guest_sign_ups_are_rate_limited_per_address(client, event, settings):
    settings.EVENT_SIGNUP_RATE_LIMIT = "2/10m"
    cache.clear()
    try:
        first = sign_up_post(client, event, email="one@example.org")
        second = sign_up_post(client, event, email="two@example.org")
        third = sign_up_post(client, event, email="three@example.org")
        elsewhere = sign_up_post(client, event, email="four@example.org", address="10.0.0.9")
    finally:
        cache.clear()

    assert (first.status_code, second.status_code, elsewhere.status_code) == (302, 302, 302)
    assert third.status_code == 429 and "Too many attempts" in text_of(third)
    assert Registration.objects.count() == 3


def test_the_page_with_the_form_is_never_cached_and_its_token_works(site, event):
    browser = Client(enforce_csrf_checks=True)

    page = browser.get(event.url)
    token = soup(page).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    response = browser.post(
        sign_up_url(event), {"csrfmiddlewaretoken": token, "name": "Aida", "email": "aida@example.org"}
    )

    assert "public" not in page["Cache-Control"]
    assert response.status_code == 302
    assert browser.post(sign_up_url(event), {"name": "B", "email": "b@example.org"}).status_code == 403


def test_a_page_without_a_form_may_be_cached_for_anonymous_visitors(client, site):
    closed = add_event(site, registration_open=False)

    assert "public" in client.get(closed.url)["Cache-Control"]


def test_add_to_calendar_gives_public_details_only(client, event):
    link = soup(client.get(event.url)).find("a", string="Add to calendar (.ics)")["href"]

    response = client.get(link)

    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    entry = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(entry["summary"]) == "День прав человека"
    assert entry.decoded("dtstart") == datetime.datetime(2031, 12, 10, 4, 0, tzinfo=datetime.UTC)
    assert ADDRESS not in response.content.decode() and ONLINE_LINK not in response.content.decode()


def queries_for(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("signed_in", [False, True])
def test_same_number_of_queries_with_10_and_100_registrations(client, site, signed_in):
    event = add_event(site, capacity=500)
    if signed_in:
        user = UserFactory()
        RegistrationFactory(event=event, user=user, email=user.email)
        client.force_login(user)
    RegistrationFactory.create_batch(10, event=event)
    with_10 = queries_for(client, event.url)

    RegistrationFactory.create_batch(90, event=event)
    with_100 = queries_for(client, event.url)

    assert with_10 == with_100


@pytest.mark.parametrize(
    ("language", "title", "wording"),
    [
        ("ky", "Адам укуктары күнү", "Sign up"),
        ("ru", "День прав человека", "Sign up"),
        ("en", "Human Rights Day", "Sign up"),
    ],
)
def test_the_event_page_renders_in_each_language_with_shared_seats(
    client, site, event, language, title, wording
):
    translate_event(site, event, "ky", title="Адам укуктары күнү")
    translate_event(site, event, "en", title="Human Rights Day")
    RegistrationFactory(event=event)
    url = f"/{language}/events/{event.slug}/"

    response = client.get(url)

    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == title
    assert "1 seat left" in text_of(response)
    shown = EventPage.objects.get(translation_key=event.translation_key, locale__language_code=language)
    assert soup(response).find("form", class_="sign-up-form")["action"] == sign_up_url(shown)


def test_signing_up_on_a_translation_registers_for_the_canonical_event_in_that_language(client, site, event):
    kyrgyz = translate_event(site, event, "ky", title="Адам укуктары күнү")

    sign_up_post(client, kyrgyz)

    registration = Registration.objects.get()
    assert (registration.event_id, registration.language) == (event.pk, "ky")


@pytest.mark.parametrize("same", ["email", "user"])
def test_the_database_refuses_a_second_registration_of_the_same_person(event, same):
    user = UserFactory()
    RegistrationFactory(event=event, user=user, email="aida@example.org")
    second = (
        {"email": "aida@example.org"} if same == "email" else {"user": user, "email": "other@example.org"}
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=event, **second)
    assert Registration.objects.filter(event=event).count() == 1


def test_the_service_tells_an_organiser_already_registered_and_changes_nothing(event):
    """Organisers and signed-in people are told; only guests, who could type anyone's address, are not."""
    sign_up(event, name="Aida", email="aida@example.org", language="ru")

    with pytest.raises(AlreadyRegistered) as refusal:
        sign_up(
            event, name="Other", email="AIDA@example.org", language="en", source=RegistrationSource.ORGANISER
        )

    assert str(refusal.value.message) == "This email is already registered for this event."
    assert list(Registration.objects.filter(event=event).values_list("name", "language")) == [("Aida", "ru")]


def test_a_sign_up_posted_for_a_draft_or_unknown_event_is_not_found(client, site, event):
    event.unpublish()

    assert sign_up_post(client, event).status_code == 404
    assert client.post("/ru/events/sign-up/999999/", {"name": "Aida"}).status_code == 404
    assert not Registration.objects.exists()


def test_a_sign_up_for_an_event_only_for_signed_in_people_asks_a_guest_to_sign_in(client, site, event):
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)

    response = sign_up_post(client, event)

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Registration.objects.exists()


def test_the_sign_up_of_a_signed_in_person_runs_a_fixed_number_of_queries(client, site, event):
    client.force_login(UserFactory())
    client.get(event.url)

    with CaptureQueriesContext(connection) as queries:
        response = client.post(sign_up_url(event), {"name": "Айгуль"})

    # The person, the page and its view restrictions (2); the session comes from the cache. Then the
    # canonical translation read with its seat lock, the seat count with any earlier registration of the
    # person's, the registration and its email: 8, plus the savepoint pair a test has where a request has
    # BEGIN and COMMIT.
    assert response.status_code == 302
    assert len(queries) == 10, "\n".join(query["sql"][:150] for query in queries)


def test_the_event_page_own_sign_up_route_signs_up_as_the_form_address_does(client, site, event):
    """The form posts to a short address by page id; the route under the page's own address is the same one."""
    response = client.post(event.url + "sign-up/", {"name": "Aida", "email": "aida@example.org"})

    assert (response.status_code, response["Location"]) == (302, event.url)
    assert Registration.objects.get().email == "aida@example.org"
    assert client.get(event.url + "sign-up/")["Location"] == event.url
