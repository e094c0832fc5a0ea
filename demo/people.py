"""Demo accounts (administrator, trainer, learner) and a ToT cohort in Osh with its participants."""

import secrets
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from allauth.account.models import EmailAddress
from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from learning.models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    CohortSession,
    Enrolment,
    LessonCompletion,
    LessonPage,
    Participant,
)
from learning.services.enrolment import enrol
from website.accounts.services import activate_totp_for
from website.core.places import City


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    display_name: str
    language: str
    is_admin: bool = False
    is_staff: bool = False
    second_factor: bool = False
    group: str = ""


ADMIN = DemoAccount(
    "Administrator", "admin@birge.example", "Администратор", "ru", is_admin=True, second_factor=True
)
TRAINER = DemoAccount("Trainer", "trainer@birge.example", "Жылдыз (тренер)", "ky", group="Trainers")
LEARNER = DemoAccount("Learner", "learner@birge.example", "Айпери", "ky")
ACCOUNTS = [ADMIN, TRAINER, LEARNER]


@dataclass
class Credentials:
    account: DemoAccount
    password: str | None
    totp_secret: str = ""
    totp_uri: str = ""
    recovery_codes: tuple = ()


def read_passwords(path):
    """Passwords a previous run stored, by email ("email password" lines; # starts a comment)."""
    path = Path(path)
    if not path.exists():
        return {}
    passwords = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#"):
            passwords[parts[0]] = parts[1]
    return passwords


def write_passwords(path, credentials):
    """Keep the generated passwords (readable by the owner only) so a later run can print them again."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Demo accounts made by `manage.py load_demo`. Local use only: keep this file private."]
    lines += [f"{item.account.email} {item.password}" for item in credentials if item.password]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o600)


def ensure_account(account, stored_password):
    """The user for a demo account with a verified primary email. Returns (user, password or None)."""
    user_model = get_user_model()
    user = user_model.objects.filter(email=account.email).first()
    password = stored_password
    if user is None:
        password = stored_password or secrets.token_urlsafe(12)
        user = user_model.objects.create_user(
            email=account.email,
            password=password,
            display_name=account.display_name,
            preferred_language=account.language,
            is_staff=account.is_admin or account.is_staff,
            is_superuser=account.is_admin,
        )
    EmailAddress.objects.get_or_create(
        user=user, email=account.email, defaults={"verified": True, "primary": True}
    )
    group = Group.objects.filter(name=account.group).first() if account.group else None
    if group is not None:
        user.groups.add(group)
    return user, password


def ensure_accounts(credentials_path, accounts=ACCOUNTS):
    """Every demo account; returns (users by role, their credentials). Existing passwords are never changed.

    Accounts that reach the admin get a second factor, which it asks for.
    """
    stored = read_passwords(credentials_path)
    users, credentials = {}, []
    for account in accounts:
        user, password = ensure_account(account, stored.get(account.email))
        users[account.role] = user
        item = Credentials(account, password)
        if account.second_factor:
            secret, codes = activate_totp_for(user)
            item.totp_secret = secret
            item.totp_uri = get_mfa_adapter().build_totp_url(user, secret)
            item.recovery_codes = tuple(codes[:2])
        credentials.append(item)
    write_passwords(credentials_path, credentials)
    return users, credentials


PARTICIPANTS = [
    ("Айпери", LEARNER.email, ""),
    ("Гулзат", "gulzat@example.org", ""),
    ("Нуриза", "nuriza@example.org", ""),
    ("Мадина", "", "+996 700 000 123"),
]
SESSIONS = [
    (-2, "Права женщин и резолюция 1325 «Женщины, мир и безопасность»"),
    (5, "Документирование нарушений и независимый мониторинг"),
    (12, "Стратегические коммуникации в кризис и план собственных занятий"),
]
COHORT_TITLE = "ToT для правозащитниц — Ош"


def _session_start(day_offset):
    day = timezone.localdate() + timedelta(days=day_offset)
    return timezone.make_aware(datetime.combine(day, time(10, 0)))


def ensure_cohort(course, trainer, learner):
    """The Osh cohort of the ToT course: three sessions, four participants, attendance for the first session."""
    cohort = Cohort.objects.filter(course=course, title=COHORT_TITLE).first()
    if cohort is None:
        starts = [_session_start(offset) for offset, _ in SESSIONS]
        cohort = Cohort.objects.create(
            course=course,
            title=COHORT_TITLE,
            city=City.OSH,
            starts_on=timezone.localdate(starts[0]),
            ends_on=timezone.localdate(starts[-1]),
            trainer_notes="Двум участницам удобнее заниматься на кыргызском; раздаточные материалы — на двух языках.",
        )
        for start, (_, topic) in zip(starts, SESSIONS, strict=True):
            CohortSession.objects.create(
                cohort=cohort, title=topic, starts_at=start, place="Ош, учебный зал партнёров"
            )
    cohort.trainers.add(trainer)
    for name, email, phone in PARTICIPANTS:
        user = learner if email == learner.email else None
        Participant.objects.get_or_create(
            cohort=cohort, name=name, defaults={"email": email, "phone": phone, "user": user}
        )
    _mark_first_session(cohort)
    enrol(learner, course, source=Enrolment.Source.COHORT)
    return cohort


def _mark_first_session(cohort):
    first = cohort.sessions.order_by("starts_at").first()
    for participant in cohort.participants.all():
        Attendance.objects.get_or_create(
            session=first,
            participant=participant,
            defaults={
                "status": AttendanceStatus.ABSENT
                if participant.name == "Нуриза"
                else AttendanceStatus.PRESENT
            },
        )


def start_learning(learner, course):
    """Enrol the learner in a course with its first lesson done, so there is progress to resume."""
    enrolment = enrol(learner, course)
    first_lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    LessonCompletion.objects.get_or_create(user=learner, lesson=first_lesson)
    if enrolment.last_lesson_id is None:
        enrolment.last_lesson = first_lesson
        enrolment.save(update_fields=["last_lesson"])
    return enrolment
