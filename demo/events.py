"""Events: Human Rights Day (10 December) in Bishkek and Osh, a CBPR webinar, and a past training.

Their texts, the sign-up questions and the feedback given after the training are in events.yaml; their
dates, sign-ups and attendance are made here. The Human Rights Day events have seats, confirmed
registrations and a waiting list (Osh is full); the past training has attendance and two published
stories made from its participants' feedback through the feedback services, so each story links the
feedback it came from.
"""

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from events.models import EventIndexPage, EventPage, Feedback, Registration, RegistrationStatus
from events.services.feedback import submit_feedback
from learning.models import ModulePage
from website.stories.services import turn_into_story

from .data import page_fields, read
from .localize import ensure_page, update_page
from .text import paragraph


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    language: str = "ru"
    status: str = RegistrationStatus.CONFIRMED
    attended: bool = False
    answers: tuple = ()  # (question number, answer) pairs


@dataclass(frozen=True)
class FeedbackStory:
    """Feedback a participant gave, and the story an editor made of it (None for private feedback)."""

    email: str
    rating: int
    consent: str
    text: str
    story: dict = field(default_factory=dict)


ORGANISATION, ACCESSIBILITY = 0, 1

BISHKEK_PEOPLE = [
    Person("Алина", "alina@example.org", answers=((ORGANISATION, "Студенческий совет университета"),)),
    Person("Бермет", "bermet@example.org", "ky"),
    Person("Данияр", "daniyar@example.org", "ky"),
    Person("Элнура", "elnura@example.org", answers=((ACCESSIBILITY, "Нужен вход без ступенек"),)),
    Person("Игорь", "igor@example.org"),
    Person("Каныкей", "kanykei@example.org", "ky", answers=((ORGANISATION, "Аялдар демилгелүү тобу"),)),
    Person("Марат", "marat@example.org", "en"),
    Person("Назгүл", "nazgul@example.org", "ky"),
]
OSH_PEOPLE = [
    Person("Айбек", "aibek@example.org", "ky"),
    Person("Жазгүл", "jazgul@example.org", "ky", answers=((ORGANISATION, "Ош мамлекеттик университети"),)),
    Person("Мээрим", "meerim@example.org", "ky"),
    Person("Улан", "ulan@example.org", "ky"),
    Person("Чолпон", "cholpon@example.org", "ky"),
    Person("Бекзат", "bekzat@example.org", "ky"),
    Person("Акылай", "akylai@example.org", "ky", answers=((ACCESSIBILITY, "Материалдар ири арип менен"),)),
    Person("Нурлан", "nurlan@example.org"),
    Person("Асель", "asel@example.org"),
    Person("Эльмира", "elmira@example.org"),
    Person("Канат", "kanat@example.org", "ky"),
    Person("Зарина", "zarina@example.org"),
    Person("Феруза", "feruza@example.org", status=RegistrationStatus.WAITING),
    Person("Жаныл", "janyl@example.org", "ky", status=RegistrationStatus.WAITING),
    Person("Дилшод", "dilshod@example.org", status=RegistrationStatus.WAITING),
]
TRAINING_PEOPLE = [
    Person("Бактыгүл", "baktygul@example.org", "ky", attended=True),
    Person("Тимур", "timur@example.org", attended=True),
    Person("Гүлнара", "gulnara@example.org", "ky", attended=True),
    Person("Эрмек", "ermek@example.org", "ky", attended=True),
    Person("Самара", "samara@example.org", attended=True),
    Person("Азамат", "azamat@example.org", "ky", attended=True),
    Person("Динара", "dinara@example.org"),
    Person("Нурбек", "nurbek@example.org", "ky"),
]


def plain_text(html):
    """The participant's own words as they typed them: paragraphs separated by a blank line."""
    return "\n\n".join(part.removeprefix("<p>") for part in html.removesuffix("</p>").split("</p>"))


def training_feedback(content, pictures):
    """The feedback given after the past training; a story's text is the participant's own words."""
    feedback = []
    for item in content["feedback"]:
        story = item.get("story")
        if story is None:
            feedback.append(FeedbackStory(item["email"], item["rating"], item["consent"], item["text"]))
            continue
        fields = page_fields({key: value for key, value in story.items() if key != "words"}, pictures)
        fields["body"] = [paragraph(story["words"])]
        text = plain_text(story["words"].ru)
        feedback.append(FeedbackStory(item["email"], item["rating"], item["consent"], text, fields))
    return feedback


def local(day, hour, minute=0):
    """An aware datetime in the site's time zone (Asia/Bishkek)."""
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def next_human_rights_day(today):
    """10 December of this year, or of next year once this year's has passed."""
    this_year = date(today.year, 12, 10)
    return this_year if today <= this_year else date(today.year + 1, 12, 10)


def questions(content):
    """The optional sign-up questions of the Human Rights Day events, as blocks with their own ids."""
    return [{"type": "question", "value": value, "id": str(uuid.uuid4())} for value in content["questions"]]


def hours(day, start, end):
    return {"starts_at": local(day, start), "ends_at": local(day, end)}


def ensure_event(index, slug, content, pictures, locales, **when):
    """The event `slug` with its texts from events.yaml and `when` it happens (and who or what it links to)."""
    [entry] = [entry for entry in content["events"] if entry["slug"] == slug]
    return ensure_page(index, EventPage, slug, {**page_fields(entry, pictures), **when}, locales)


def answers_json(event, person):
    """Answers keyed by the question blocks' ids, as the sign-up form stores them."""
    if not person.answers:
        return ""
    ids = [block.id for block in event.questions]
    return json.dumps({ids[number]: text for number, text in person.answers}, ensure_ascii=False)


def ensure_registrations(event, people, confirmed_at, user_by_email=None):
    """The people's registrations for an event, made in one query where missing (keyed by email)."""
    user_by_email = user_by_email or {}
    existing = set(Registration.objects.filter(event=event).values_list("email", flat=True))
    missing = [person for person in people if person.email not in existing]
    Registration.objects.bulk_create(
        [
            Registration(
                event=event,
                user=user_by_email.get(person.email),
                name=person.name,
                email=person.email,
                language=person.language,
                answers=answers_json(event, person),
                status=person.status,
                confirmed_at=confirmed_at if person.status == RegistrationStatus.CONFIRMED else None,
                waiting_since=(
                    confirmed_at + timedelta(minutes=position)
                    if person.status == RegistrationStatus.WAITING
                    else None
                ),
                checked_in_at=event.starts_at + timedelta(minutes=5 + position) if person.attended else None,
            )
            for position, person in enumerate(missing)
        ]
    )


def ensure_feedback_stories(event, stories, editor, locales):
    """Each participant's feedback, and for those who agreed, the published story made from it."""
    registrations = {r.email: r for r in Registration.objects.filter(event=event)}
    for item in stories:
        registration = registrations[item.email]
        feedback = Feedback.objects.filter(registration=registration).select_related("story").first()
        if feedback is None:
            feedback = submit_feedback(
                registration,
                rating=item.rating,
                text=item.text,
                consent=item.consent,
                display_name=registration.name,
                language="ru",
            )
        if item.story and feedback.story is None:
            story = turn_into_story(feedback, editor, quote=item.story["quote"].ru)
            update_page(story, {**item.story, "date": timezone.localdate(event.ends_at)}, locales)


def cbpr_webinar_start(course):
    """Three days after the CBPR "Data analysis" module opens, at 16:00."""
    module = ModulePage.objects.child_of(course).get(slug="data-analysis")
    opens = timezone.localdate(module.release_at) if module.release_at else timezone.localdate()
    return local(opens + timedelta(days=3), 16)


def ensure_events(home, cbpr_course, pictures, people, locales, today=None):
    """The events index and its four events with their registrations; returns the index."""
    today = today or timezone.localdate()
    content = read("events")
    index = ensure_page(home, EventIndexPage, "events", content["index"], locales)
    trainer, learner, editor = people["trainer"], people["learner"], people["editor"]

    day = next_human_rights_day(today)
    sign_up_by = local(day - timedelta(days=1), 18)
    bishkek = ensure_event(
        index,
        "human-rights-day-bishkek",
        content,
        pictures,
        locales,
        **hours(day, 11, 15),
        registration_deadline=sign_up_by,
        questions=questions(content),
    )
    osh = ensure_event(
        index,
        "human-rights-day-osh",
        content,
        pictures,
        locales,
        **hours(day, 14, 17),
        registration_deadline=sign_up_by,
        organisers=[trainer],
        questions=questions(content),
    )
    webinar_start = cbpr_webinar_start(cbpr_course)
    ensure_event(
        index,
        "cbpr-data-analysis-webinar",
        content,
        pictures,
        locales,
        starts_at=webinar_start,
        ends_at=webinar_start + timedelta(minutes=90),
        course=cbpr_course,
    )
    training = ensure_event(
        index,
        "documenting-violations-jalal-abad",
        content,
        pictures,
        locales,
        **hours(today - timedelta(days=30), 10, 17),
    )

    now = timezone.now()
    learner_person = Person(learner.display_name, learner.email, learner.preferred_language)
    ensure_registrations(bishkek, [learner_person, *BISHKEK_PEOPLE], now, {learner.email: learner})
    ensure_registrations(osh, OSH_PEOPLE, now)
    ensure_registrations(training, TRAINING_PEOPLE, training.starts_at - timedelta(days=7))
    ensure_feedback_stories(training, training_feedback(content, pictures), editor, locales)
    return index
