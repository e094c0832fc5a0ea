"""`manage.py load_demo`: a believable site in three languages, built once and safe to run again."""

import io
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from cases.admin.permissions import visible_cases
from cases.models import (
    Case,
    CaseMessage,
    CaseNote,
    CaseStatus,
    CaseWorker,
    Intervention,
    Organisation,
    OrganisationRegion,
    ViolationType,
)
from cases.services.follow_up import case_for_code
from cases.services.statistics import Period, build_monitoring_figures
from events.models import Consent, EventIndexPage, EventPage, Feedback, Registration, RegistrationStatus
from events.services.registrations import seats_left
from learning.models import (
    Attendance,
    Cohort,
    CohortSession,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
    Participant,
)
from website.core.models import NavigationMenu, NavigationMenuItem, Topic
from website.home.models import HomePage
from website.partners.models import Partner
from website.stories.models import StoryPage

# The demo is loaded once per process that runs these tests (a module fixture): keep them on one worker.
pytestmark = pytest.mark.xdist_group("load_demo")


@dataclass
class Loaded:
    first: dict
    second: dict
    first_output: str
    second_output: str
    credentials_file: Path


def run_load_demo(credentials_file):
    """Run the command; returns what it printed."""
    out = io.StringIO()
    call_command("load_demo", credentials_file=str(credentials_file), stdout=out)
    return out.getvalue()


def per_locale(model):
    return dict(
        model.objects.values_list("locale__language_code")
        .annotate(n=Count("pk"))
        .values_list("locale__language_code", "n")
    )


def census():
    """How many of everything the demo makes there are."""
    pages = Page.objects.values_list("content_type__model", "locale__language_code").annotate(n=Count("pk"))
    return {
        "pages": {f"{model}/{language}": n for model, language, n in pages},
        "topics": per_locale(Topic),
        "partners": per_locale(Partner),
        "menus": per_locale(NavigationMenu),
        "menu items": per_locale(NavigationMenuItem),
        "locales": Locale.objects.count(),
        "sites": Site.objects.count(),
        "users": get_user_model().objects.count(),
        "email addresses": EmailAddress.objects.count(),
        "authenticators": Authenticator.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "cohorts": Cohort.objects.count(),
        "sessions": CohortSession.objects.count(),
        "participants": Participant.objects.count(),
        "attendance": Attendance.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "registrations": Registration.objects.count(),
        "feedback": Feedback.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "violation types": per_locale(ViolationType),
        "organisations": Organisation.objects.count(),
        "regions mapped": OrganisationRegion.objects.count(),
        "case workers": CaseWorker.objects.count(),
        "cases": dict(Case.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n")),
        "case messages": CaseMessage.objects.count(),
        "case notes": CaseNote.objects.count(),
        "interventions": Intervention.objects.count(),
    }


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded twice in one rolled-back transaction shared by this module's tests (it takes a while)."""
    credentials_file = tmp_path_factory.mktemp("demo") / "demo-credentials.txt"
    with django_db_blocker.unblock(), transaction.atomic():
        first_output = run_load_demo(credentials_file)
        first = census()
        second_output = run_load_demo(credentials_file)
        yield Loaded(first, census(), first_output, second_output, credentials_file)
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_a_second_run_creates_nothing(loaded):
    assert loaded.first == loaded.second
    assert loaded.first["cohorts"] == 1
    assert loaded.first["participants"] == 4


@pytest.mark.django_db
def test_page_tree_stays_consistent(loaded):
    """Every page keeps a correct child count, so each translated page can be found by its URL."""
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_every_page_and_snippet_exists_in_kyrgyz_russian_and_english(loaded):
    pages = loaded.first["pages"]
    page_types = {key.split("/")[0] for key in pages if not key.startswith("page/")}
    assert {"homepage", "standardpage", "newspage", "articlepage", "coursepage", "lessonpage"} <= page_types
    for page_type in page_types:
        counts = {pages.get(f"{page_type}/{language}") for language in ("ky", "ru", "en")}
        assert len(counts) == 1, f"{page_type} differs between languages: {pages}"
    for snippets in ("topics", "partners", "menus"):
        assert set(loaded.first[snippets]) == {"ky", "ru", "en"}
        assert len(set(loaded.first[snippets].values())) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, hero_title",
    [
        ("ky", "Адам укуктарын бирге коргойбуз"),
        ("ru", "Вместе защищаем права человека"),
        ("en", "Together we defend human rights"),
    ],
)
def test_home_page_renders_in_each_language(loaded, client, language, hero_title):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    assert hero_title in response.content.decode()


@pytest.mark.django_db
def test_kyrgyz_news_items_have_addresses_in_kyrgyz_words(loaded, client):
    response = client.get("/ky/news/adam-ukuktary-kunu-10-dekabr/")

    assert response.status_code == 200
    assert client.get("/ky/news/human-rights-day-10-december/").status_code == 404
    assert client.get("/en/news/human-rights-day-10-december/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "tag_name"),
    [
        ("/ru/news/human-rights-day-10-december/", "День прав человека"),
        ("/ky/news/adam-ukuktary-kunu-10-dekabr/", "Адам укуктарынын күнү"),
        ("/en/news/human-rights-day-10-december/", "Human Rights Day"),
    ],
)
def test_news_tags_are_named_in_the_language_of_the_page(loaded, client, address, tag_name):
    assert f'?tag=human-rights-day">{tag_name}</a>' in client.get(address).content.decode()


@pytest.mark.django_db
def test_home_page_translations_are_synced_wagtail_localize_translations(loaded):
    home = Site.objects.get(is_default_site=True).root_page.specific
    source = TranslationSource.objects.get(object_id=home.translation_key, locale=home.locale)

    assert home.locale.language_code == "ru"
    for language in ("ky", "en"):
        locale = Locale.objects.get(language_code=language)
        assert Translation.objects.filter(source=source, target_locale=locale).exists()
        translated = home.get_translation(locale).specific
        assert translated.live
        assert translated.hero_title != home.hero_title
    kyrgyz_title = StringTranslation.objects.get(
        translation_of__data=home.hero_title, locale__language_code="ky", context__path="hero_title"
    )
    assert kyrgyz_title.data == "Адам укуктарын бирге коргойбуз"


@pytest.mark.django_db
def test_cbpr_course_opens_two_modules_now_and_five_later_for_75_euros(loaded):
    course = CoursePage.objects.get(slug="cbpr", locale__language_code="ru")
    modules = list(ModulePage.objects.child_of(course).order_by("path"))
    now = timezone.now()

    assert (course.price, course.currency) == (Decimal("75.00"), "EUR")
    assert len(modules) == 7
    assert [module.is_released(now) for module in modules] == [True] * 2 + [False] * 5
    later = [module.release_at for module in modules[2:]]
    assert later == sorted(later) and later[0] > now
    titles = [
        module.title
        for module in ModulePage.objects.child_of(
            course.get_translation(Locale.objects.get(language_code="en"))
        )
    ]
    assert "Data analysis" in titles
    assert "Bringing about social change: translating knowledge into action" in titles
    for module in modules:
        assert LessonPage.objects.child_of(module).count() == 2
        assert 2 <= len(module.quiz) <= 3


@pytest.mark.django_db
def test_administrator_gets_a_password_and_second_factor_that_survive_a_second_run(loaded):
    admin = get_user_model().objects.get(email="admin@birge.example")
    stored = dict(
        line.split() for line in loaded.credentials_file.read_text().splitlines() if not line.startswith("#")
    )

    assert admin.is_superuser and admin.is_staff
    assert admin.check_password(stored["admin@birge.example"])
    assert Authenticator.objects.filter(user=admin, type=Authenticator.Type.TOTP).exists()
    assert "otpauth://totp/" in loaded.first_output
    assert stored["admin@birge.example"] in loaded.second_output
    assert loaded.first_output == loaded.second_output


@pytest.mark.django_db
def test_demo_people_have_verified_emails_and_the_osh_cohort(loaded):
    for email in ("admin@birge.example", "trainer@birge.example", "learner@birge.example"):
        assert EmailAddress.objects.filter(email=email, verified=True, primary=True).exists()
    cohort = Cohort.objects.get()

    assert cohort.city == "osh"
    assert cohort.sessions.count() == 3
    assert list(cohort.trainers.values_list("email", flat=True)) == ["trainer@birge.example"]
    assert [p.phone for p in cohort.participants.all() if p.phone] == ["+996 700 000 123"]
    assert HomePage.objects.filter(locale__language_code="ru").count() == 1


@pytest.mark.django_db
def test_human_rights_day_in_bishkek_and_osh_with_seats_and_a_full_waiting_list_in_osh(loaded):
    bishkek = EventPage.objects.get(slug="human-rights-day-bishkek", locale__language_code="ru")
    osh = EventPage.objects.get(slug="human-rights-day-osh", locale__language_code="ru")

    for event in (bishkek, osh):
        local_start = timezone.localtime(event.starts_at)
        assert (local_start.month, local_start.day) == (12, 10)
        assert local_start.tzinfo.key == "Asia/Bishkek"
        assert event.get_parent().specific_class is EventIndexPage
        assert [block.value["question"] for block in event.questions] == [
            "Какую организацию или группу вы представляете?",
            "Что нам подготовить, чтобы вам было удобно участвовать?",
        ]
        assert all(block.value["why"] for block in event.questions)
    assert (bishkek.city, osh.city) == ("bishkek", "osh")
    assert seats_left(bishkek) > 0
    assert bishkek.registrations.filter(
        status=RegistrationStatus.CONFIRMED, user__email="learner@birge.example"
    )
    assert seats_left(osh) == 0 and osh.waiting_list
    assert osh.registrations.filter(status=RegistrationStatus.WAITING).count() == 3
    assert list(osh.organisers.values_list("email", flat=True)) == ["trainer@birge.example"]


@pytest.mark.django_db
def test_a_webinar_of_the_cbpr_course_online_with_its_link(loaded):
    webinar = EventPage.objects.get(slug="cbpr-data-analysis-webinar", locale__language_code="ru")

    assert webinar.course == CoursePage.objects.get(slug="cbpr", locale__language_code="ru")
    assert (webinar.event_type, webinar.city) == ("webinar", "online")
    assert webinar.online_url.startswith("https://")
    assert webinar.starts_at > timezone.now()


@pytest.mark.django_db
def test_a_past_training_with_attendance_and_two_stories_made_from_consented_feedback(loaded, client):
    training = EventPage.objects.get(slug="documenting-violations-jalal-abad", locale__language_code="ru")
    stories = StoryPage.objects.filter(source_feedback__event=training, locale__language_code="ru")

    assert training.ends_at < timezone.now()
    assert (
        0
        < training.registrations.filter(checked_in_at__isnull=False).count()
        < training.registrations.count()
    )
    assert {(story.source_feedback.consent, story.author_name) for story in stories} == {
        (Consent.NAMED, "Бактыгүл"),
        (Consent.ANONYMOUS, ""),
    }
    for story in stories:
        assert story.live and story.consent_confirmed and story.quote and story.photo
        assert story.source_feedback.story == story
        assert story.source_feedback.registration.checked_in_at is not None
        for language in ("ky", "en"):
            translated = story.get_translation(Locale.objects.get(language_code=language)).specific
            assert translated.live and translated.quote != story.quote
            assert translated.source_feedback == story.source_feedback
    assert Feedback.objects.filter(event=training, consent=Consent.PRIVATE, story=None).exists()
    html = client.get("/en/stories/").content.decode()
    assert "I realised I have the right not to give my name when I report a violation." in html


# Russian that once showed on the Kyrgyz pages: image titles as alt texts, the footer address's «г.», the
# home page's other word for "stories".
RUSSIAN_ONLY = [
    "г.",
    "Горы",
    "Обложка",
    "отчёта",
    "История",
    "Кольца",
    "Полосы",
    "Главная",
    "Окуялар",
    "демо-адрес",
]
RUSSIAN_WORD = re.compile("|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in RUSSIAN_ONLY))
SCRIPT = re.compile(r"<script.*?</script>", re.S)


@pytest.fixture
def project_catalogues(settings):
    """The site's own translations, as a visitor gets them (the test settings leave them out)."""
    settings.LOCALE_PATHS = [Path(settings.BASE_DIR) / "locale"]


def kyrgyz_pages(client):
    """(url, html) of every Kyrgyz page a visitor can open."""
    pages = Page.objects.live().public().filter(locale__language_code="ky").specific()
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        if response.status_code == 200:
            yield url, SCRIPT.sub("", response.content.decode())


@pytest.mark.django_db
def test_kyrgyz_pages_show_no_russian_words(loaded, client, project_catalogues):
    found = {}
    for url, html in kyrgyz_pages(client):
        for word in RUSSIAN_WORD.findall(html):
            found.setdefault(word, set()).add(url)

    assert found == {}


@pytest.mark.django_db
def test_kyrgyz_pictures_are_described_in_kyrgyz(loaded, client):
    html = client.get("/ky/news/adam-ukuktary-kunu-10-dekabr/").content.decode()
    home = client.get("/ky/").content.decode()

    assert 'alt="Бири-бирине туташкан түстүү шакектер"' in html
    assert 'alt="Бири-бирине кирише өрүлгөн түстүү шакектер — катар турган адамдар"' in home


@pytest.mark.django_db
def test_kyrgyz_pages_write_dates_money_and_the_address_the_kyrgyz_way(loaded, client, project_catalogues):
    home = client.get("/ky/").content.decode()
    course = client.get("/ky/courses/cbpr/").content.decode()

    assert re.search(r">\d{1,2}-(ноябрь|декабрь) 20\d\d-ж\.</time>", home)
    assert re.search(r">Бейшемби, 10-декабрь 20\d\d-ж\., 1\d:00</time>", home)
    assert "75,00 EUR" in home and "75,00 EUR" in course
    assert "<span>Ош шаары (демо-дарек)</span>" in home
    assert '<h2 id="home-stories">Баяндар</h2>' in home


# Reports of violations (the cases app)


@pytest.mark.django_db
def test_invented_cases_in_every_state_spread_over_both_organisations(loaded):
    cases = Case.objects.all()

    assert set(loaded.first["cases"]) == set(CaseStatus.values)
    assert all(count >= 3 for count in loaded.first["cases"].values())
    assert {case.organisation.slug for case in cases} == {"demo-osh", "demo-bishkek"}
    assert all(case.narrative.startswith(("Демо", "Demo")) for case in cases)
    assert set(cases.exclude(closing_reason="").values_list("status", flat=True)) == {CaseStatus.CLOSED}
    assert not cases.filter(status=CaseStatus.CLOSED, closing_reason="").exists()
    assert CaseMessage.objects.filter(from_reporter=True).exists()
    assert CaseMessage.objects.filter(from_reporter=False, author__case_worker__isnull=False).exists()
    assert loaded.first["case notes"] and loaded.first["interventions"]
    assert set(loaded.first["violation types"]) == {"ky", "ru", "en"}
    assert ViolationType.objects.filter(name="Насилие").count() == 1, "the demo reuses the first kinds"


@pytest.mark.django_db
def test_bishkek_takes_the_reports_no_organisation_covers(loaded):
    assert Organisation.objects.get(is_default=True).slug == "demo-bishkek"
    assert OrganisationRegion.objects.get(region="batken").organisation.slug == "demo-osh"
    unmapped = Case.objects.filter(region__in=["", "outside"])
    assert unmapped.exists()
    assert {case.organisation.slug for case in unmapped} == {"demo-bishkek"}


@pytest.mark.django_db
def test_each_case_worker_sees_only_their_organisations_cases(loaded):
    for email, slug in (
        ("lawyer.osh@birge.example", "demo-osh"),
        ("lawyer.bishkek@birge.example", "demo-bishkek"),
    ):
        worker = get_user_model().objects.get(email=email)
        seen = visible_cases(worker)

        assert seen.exists()
        assert set(seen.values_list("organisation__slug", flat=True)) == {slug}
        assert seen.count() == Case.objects.filter(organisation__slug=slug).count()
        assert Authenticator.objects.filter(user=worker, type=Authenticator.Type.TOTP).exists()


@pytest.mark.django_db
def test_case_workers_are_printed_with_the_other_accounts_and_one_demo_receipt_code(loaded, client):
    stored = dict(
        line.split() for line in loaded.credentials_file.read_text().splitlines() if not line.startswith("#")
    )
    codes = re.findall(r"receipt code (\S+)", loaded.first_output)

    for role, email in (
        ("Case worker (Osh)", "lawyer.osh@birge.example"),
        ("Case worker (Bishkek)", "lawyer.bishkek@birge.example"),
    ):
        assert re.search(
            rf"{re.escape(role)} +{re.escape(email)} +password: {stored[email]}", loaded.first_output
        )
    assert loaded.first_output.count("second factor (TOTP) secret") == 3
    assert len(codes) == 1
    case = case_for_code(codes[0])
    reply = case.messages.filter(from_reporter=False).first()
    assert reply is not None
    page = client.post("/ky/report/follow-up/", {"code": codes[0]}, follow=True).content.decode()
    assert reply.text in page


@pytest.mark.django_db
def test_statistics_show_some_counts_and_hide_small_ones(loaded):
    figures = build_monitoring_figures(Period.LAST_12_MONTHS)
    counts = [count for table in figures["tables"] for _label, count in table["rows"]]

    assert isinstance(figures["total"], int) and figures["total"] >= 20
    assert any(isinstance(count, int) for count in counts)
    assert "<5" in counts


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, report, monitoring",
    [
        ("ky", "Форманы толтуруу", "Документтештирилген окуялар эмнени көрсөтөт"),
        ("ru", "Заполнить форму", "Что показывают задокументированные случаи"),
        ("en", "Fill in the form", "What documented cases show"),
    ],
)
def test_legal_help_leads_to_the_report_form_and_shows_the_monitoring_figures(
    loaded, client, language, report, monitoring
):
    legal_help = Page.objects.get(slug="legal-help", locale__language_code="ru")
    url = legal_help.get_translation(Locale.objects.get(language_code=language)).url
    html = client.get(url).content.decode()

    assert f'href="/{language}/report/"' in html
    assert report in html
    assert monitoring in html
