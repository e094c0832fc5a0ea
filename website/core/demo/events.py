"""Events: Human Rights Day (10 December) in Bishkek and Osh, a CBPR webinar, and a past training.

The Human Rights Day events have seats, confirmed registrations and a waiting list (Osh is full); the
past training has attendance and two published stories made from its participants' feedback through
the feedback services, so each story links the feedback it came from.
"""

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from events.models import EventIndexPage, EventPage, EventType, Feedback, Registration, RegistrationStatus
from events.models.feedback import Consent
from events.services.feedback import submit_feedback, turn_into_story
from learning.models import ModulePage
from website.core.places import City

from .localize import ensure_page, update_page
from .media import picture
from .text import T, paragraph


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


ORGANISATION_QUESTION = {
    "question": T(
        ru="Какую организацию или группу вы представляете?",
        ky="Кайсы уюмдун же топтун атынан келесиз?",
        en="Which organisation or group are you from?",
    ),
    "why": T(
        ru="Так мы поймём, кто придёт, и сможем позвать вас на следующие встречи сети. Можно не отвечать.",
        ky="Ким келерин түшүнүп, сизди тармактын кийинки жолугушууларына чакыра алышыбыз үчүн. Жооп "
        "бербесеңиз да болот.",
        en="It tells us who is coming, so we can invite you to the network's next meetings. You may leave it "
        "empty.",
    ),
}
ACCESSIBILITY_QUESTION = {
    "question": T(
        ru="Что нам подготовить, чтобы вам было удобно участвовать?",
        ky="Ыңгайлуу катышышыңыз үчүн биз эмнени даярдашыбыз керек?",
        en="What should we prepare so you can take part comfortably?",
    ),
    "why": T(
        ru="Например, вход без ступенек, перевод на жестовый язык или материалы крупным шрифтом. Ответ видят "
        "только организаторы.",
        ky="Мисалы, тепкичсиз кире бериш, жаңсоо тилине котормо же ири арип менен басылган материалдар. "
        "Жоопту уюштуруучулар гана көрөт.",
        en="For example step-free access, sign-language interpretation or large-print materials. Only the "
        "organisers see your answer.",
    ),
}


def questions():
    """The optional sign-up questions of the Human Rights Day events, as blocks with their own ids."""
    return [
        {"type": "question", "value": value, "id": str(uuid.uuid4())}
        for value in (ORGANISATION_QUESTION, ACCESSIBILITY_QUESTION)
    ]


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
OSH_SEATS = 12
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

NAMED_STORY = T(
    ru="<p>Я работаю равным консультантом уже три года, но записывала случаи как придётся, в блокноте. На "
    "тренинге я поняла, почему важно записывать сразу, своими словами человека, и как хранить записи, чтобы "
    "они никому не навредили.</p><p>Уже через неделю ко мне пришла женщина, которой отказали в пособии. Мы "
    "вместе заполнили форму, и юрист сети взял её дело. Спасибо, что тренинг прошёл у нас, в Жалал-Абаде, а "
    "не только в Бишкеке.</p>",
    ky="<p>Үч жылдан бери тең консультант болуп иштейм, бирок учурларды блокнотко кандай болсо ошондой "
    "жазчумун. Тренингде эмне үчүн дароо, адамдын өз сөздөрү менен жазуу маанилүү экенин жана жазууларды эч "
    "кимге зыян келтирбегендей кантип сактоону түшүндүм.</p><p>Бир жумадан кийин эле жөлөкпулдан баш "
    "тартылган бир аял мага келди. Форманы экөөбүз бирге толтурдук, тармактын юристи анын ишин колго алды. "
    "Тренинг Бишкекте гана эмес, бизде, Жалал-Абадда өткөнү үчүн рахмат.</p>",
    en="<p>I have worked as a peer counsellor for three years, but I used to jot cases down any old way in a "
    "notebook. At the training I understood why it matters to write things down straight away, in the "
    "person's own words, and how to keep the records so that they harm no one.</p><p>A week later a woman who "
    "had been refused a benefit came to me. We filled in the form together, and one of the network's lawyers "
    "took on her case. Thank you for holding the training here in Jalal-Abad, not only in Bishkek.</p>",
)
ANONYMOUS_STORY = T(
    ru="<p>Я боялся, что на тренинге будут одни лекции. А мы весь день работали с примерами, и никто не "
    "спрашивал, кто я и откуда, если я сам не хотел рассказывать.</p><p>Самое ценное: я понял, что у меня "
    "есть право не называть своё имя, когда я сообщаю о нарушении, и что есть люди, которые помогут довести "
    "дело до конца.</p>",
    ky="<p>Тренингде лекциялар гана болот деп коркком. Бирок биз күнү бою мисалдар менен иштедик, өзүм "
    "айткым келбесе, эч ким менин ким экенимди, кайдан келгенимди сураган жок.</p><p>Эң баалуусу: укук "
    "бузуу тууралуу кабарлаганда атымды айтпоого укугум бар экенин жана ишти аягына чейин жеткирүүгө жардам "
    "бере турган адамдар бар экенин түшүндүм.</p>",
    en="<p>I was afraid the training would be nothing but lectures. Instead we worked with examples all day, "
    "and nobody asked who I was or where I came from unless I chose to say.</p><p>The most valuable thing: I "
    "realised I have the right not to give my name when I report a violation, and that there are people who "
    "will help see a case through to the end.</p>",
)


def plain_text(html):
    """The participant's own words as they typed them: paragraphs separated by a blank line."""
    return "\n\n".join(part.removeprefix("<p>") for part in html.removesuffix("</p>").split("</p>"))


def training_feedback(pictures):
    return [
        FeedbackStory(
            "baktygul@example.org",
            5,
            Consent.NAMED,
            plain_text(NAMED_STORY.ru),
            {
                "title": T(
                    ru="«Теперь я знаю, как записать случай, чтобы он помог человеку»",
                    ky="«Эми окуяны адамга жардам бере тургандай кылып кантип жазууну билем»",
                    en="“Now I know how to record a case so that it helps the person”",
                ),
                "excerpt": T(
                    ru="Равный консультант из Жалал-Абада — о том, что изменилось в её работе после тренинга "
                    "по документированию.",
                    ky="Жалал-Абаддан келген тең консультант документтештирүү боюнча тренингден кийин анын "
                    "ишинде эмне өзгөргөнүн айтып берет.",
                    en="A peer counsellor from Jalal-Abad on what changed in her work after the documentation "
                    "training.",
                ),
                "quote": T(
                    ru="На тренинге я поняла, почему важно записывать сразу, своими словами человека.",
                    ky="Тренингде эмне үчүн дароо, адамдын өз сөздөрү менен жазуу маанилүү экенин түшүндүм.",
                    en="At the training I understood why it matters to write things down straight away, in "
                    "the person's own words.",
                ),
                **picture(pictures, "story_named", "photo"),
                "body": [paragraph(NAMED_STORY)],
            },
        ),
        FeedbackStory(
            "timur@example.org",
            5,
            Consent.ANONYMOUS,
            plain_text(ANONYMOUS_STORY.ru),
            {
                "title": T(
                    ru="«Здесь никто не спрашивал, кто я, и я смог говорить»",
                    ky="«Бул жерде эч ким менин ким экенимди сураган жок, ошондуктан сүйлөй алдым»",
                    en="“Nobody asked who I was, so I could speak”",
                ),
                "excerpt": T(
                    ru="Участник тренинга в Жалал-Абаде — о том, почему ему было важно остаться анонимным и что "
                    "он унёс с занятий.",
                    ky="Жалал-Абаддагы тренингдин катышуучусу эмне үчүн аты-жөнүн жашыруу ал үчүн маанилүү "
                    "болгонун жана сабактан эмне алып кеткенин айтып берет.",
                    en="A participant in the Jalal-Abad training on why staying anonymous mattered to him and "
                    "what he took away from the day.",
                ),
                "quote": T(
                    ru="Я понял, что у меня есть право не называть своё имя, когда я сообщаю о нарушении.",
                    ky="Укук бузуу тууралуу кабарлаганда атымды айтпоого укугум бар экенин түшүндүм.",
                    en="I realised I have the right not to give my name when I report a violation.",
                ),
                **picture(pictures, "story_anonymous", "photo"),
                "body": [paragraph(ANONYMOUS_STORY)],
            },
        ),
        FeedbackStory(
            "gulnara@example.org",
            4,
            Consent.PRIVATE,
            "Полезный день. Хотелось бы больше времени на практику и раздаточные материалы на кыргызском языке.",
        ),
    ]


def local(day, hour, minute=0):
    """An aware datetime in the site's time zone (Asia/Bishkek)."""
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def next_human_rights_day(today):
    """10 December of this year, or of next year once this year's has passed."""
    this_year = date(today.year, 12, 10)
    return this_year if today <= this_year else date(today.year + 1, 12, 10)


def ensure_index(home, locales):
    return ensure_page(
        home,
        EventIndexPage,
        "events",
        {
            "title": T(ru="События", ky="Иш-чаралар", en="Events"),
            "intro": T(
                ru="Тренинги, вебинары, показы фильмов и акции ко Дню прав человека. Участие бесплатное; на "
                "большинство событий нужна регистрация.",
                ky="Тренингдер, вебинарлар, кино көрсөтүүлөр жана Адам укуктарынын күнүнө карата акциялар. "
                "Катышуу акысыз; көпчүлүк иш-чараларга катталуу керек.",
                en="Trainings, webinars, film screenings and Human Rights Day activities. Taking part is free; "
                "most events need registration.",
            ),
        },
        locales,
    )


def bishkek_fields(day, pictures):
    return {
        "title": T(
            ru="День прав человека в Бишкеке: день открытых дверей",
            ky="Бишкектеги Адам укуктарынын күнү: ачык эшиктер күнү",
            en="Human Rights Day in Bishkek: open day",
        ),
        "event_type": EventType.HUMAN_RIGHTS_DAY,
        "starts_at": local(day, 11),
        "ends_at": local(day, 15),
        "registration_deadline": local(day - timedelta(days=1), 18),
        "city": City.BISHKEK,
        "venue": T(ru="Бишкек, центр города", ky="Бишкек, шаардын борбору", en="Bishkek, city centre"),
        "address": T(
            ru="ул. Эркиндик, 12, конференц-зал на втором этаже",
            ky="Эркиндик көчөсү, 12, экинчи кабаттагы конференц-зал",
            en="12 Erkindik Boulevard, conference hall upstairs",
        ),
        "event_language": "ru",
        "capacity": 40,
        "waiting_list": True,
        **picture(pictures, "human_rights_day"),
        "summary": T(
            ru="10 декабря юристы сети весь день бесплатно консультируют, а студенты соревнуются в викторине о "
            "Всеобщей декларации прав человека.",
            ky="10-декабрда тармактын юристтери күнү бою акысыз кеңеш беришет, ал эми студенттер Адам "
            "укуктарынын жалпы декларациясы боюнча викторинада беттешет.",
            en="On 10 December the network's lawyers give free advice all day, and students compete in a quiz "
            "on the Universal Declaration of Human Rights.",
        ),
        "body": [
            paragraph(
                T(
                    ru="<p>С 11:00 до 15:00 юристы принимают всех, кому нужна консультация: о трудовых спорах, "
                    "пособиях, обращении в суд или к омбудсмену. Записываться на консультацию не нужно, можно "
                    "прийти под псевдонимом.</p><p>В 13:00 начинается викторина для студентов о Всеобщей "
                    "декларации прав человека: команды по три человека, победителям — книги и памятные "
                    "призы.</p>",
                    ky="<p>Саат 11:00дөн 15:00гө чейин юристтер кеңешке муктаж болгондордун баарын кабыл "
                    "алышат: эмгек талаштары, жөлөкпулдар, сотко же омбудсменге кайрылуу боюнча. Кеңешке "
                    "алдын ала жазылуунун кереги жок, лакап ат менен келсеңиз болот.</p><p>Саат 13:00дө "
                    "студенттер үчүн Адам укуктарынын жалпы декларациясы боюнча викторина башталат: командалар "
                    "үч кишиден, жеңүүчүлөргө китептер жана эстелик белектер берилет.</p>",
                    en="<p>From 11:00 to 15:00 lawyers see anyone who needs advice: on work disputes, benefits, "
                    "or going to court or to the Ombudsman. There is no need to book, and you can come under a "
                    "pseudonym.</p><p>At 13:00 a quiz for students on the Universal Declaration of Human Rights "
                    "begins: teams of three, and the winners get books and keepsakes.</p>",
                )
            )
        ],
        "questions": questions(),
    }


def osh_fields(day, pictures, organiser):
    return {
        "title": T(
            ru="День прав человека в Оше: акция «Мы знаем свои права»",
            ky="Оштогу Адам укуктарынын күнү: «Биз укуктарыбызды билебиз» акциясы",
            en="Human Rights Day in Osh: “We know our rights”",
        ),
        "event_type": EventType.HUMAN_RIGHTS_DAY,
        "starts_at": local(day, 14),
        "ends_at": local(day, 17),
        "registration_deadline": local(day - timedelta(days=1), 18),
        "city": City.OSH,
        "venue": T(ru="Ош, молодёжный центр", ky="Ош, жаштар борбору", en="Osh, youth centre"),
        "address": T(
            ru="ул. Ленина, 205, малый зал",
            ky="Ленин көчөсү, 205, кичи зал",
            en="205 Lenin Street, small hall",
        ),
        "event_language": "ky",
        "capacity": OSH_SEATS,
        "waiting_list": True,
        **picture(pictures, "human_rights_day"),
        "organisers": [organiser],
        "summary": T(
            ru="Молодёжная акция и командная игра о правах человека вместе со студентами вузов Оша. Мест мало: "
            "когда они закончатся, можно встать в лист ожидания.",
            ky="Ош шаарындагы жогорку окуу жайлардын студенттери менен бирге жаштар акциясы жана адам укуктары "
            "боюнча командалык оюн. Орун аз: алар бүткөндө күтүү тизмесине жазылсаңыз болот.",
            en="A youth action and a team game about human rights with students from Osh's universities. Seats "
            "are few: once they are gone, you can join the waiting list.",
        ),
        "body": [
            paragraph(
                T(
                    ru="<p>Студенты-волонтёры готовят короткие выступления о правах, которые в нашем регионе "
                    "нарушаются чаще всего, а потом команды соревнуются в игре вроде КВН, только о правах "
                    "человека. Юристы правозащитных организаций юга отвечают на вопросы участников.</p><p>Зал "
                    "небольшой. Если вы записались, но не сможете прийти, отмените регистрацию по ссылке из "
                    "письма: место получит следующий человек из листа ожидания.</p>",
                    ky="<p>Ыктыярчы студенттер биздин аймакта эң көп бузулган укуктар тууралуу кыска чыгып "
                    "сүйлөөлөрдү даярдашат, андан кийин командалар КВН сыяктуу, бирок адам укуктары тууралуу "
                    "оюнда беттешет. Түштүктөгү укук коргоо уюмдарынын юристтери катышуучулардын суроолоруна "
                    "жооп беришет.</p><p>Зал кичинекей. Эгер катталып, бирок келе албасаңыз, каттагы шилтеме "
                    "аркылуу каттоону жокко чыгарыңыз: орун күтүү тизмесиндеги кийинки адамга берилет.</p>",
                    en="<p>Student volunteers give short talks on the rights most often violated in our region, "
                    "then teams compete in a KVN-style game about human rights. Lawyers from the south's "
                    "human-rights organisations answer participants' questions.</p><p>The hall is small. If you "
                    "have registered but cannot come, cancel with the link in your email and the next person on "
                    "the waiting list gets your seat.</p>",
                )
            )
        ],
        "questions": questions(),
    }


def webinar_fields(starts_at, course):
    return {
        "title": T(
            ru="Вебинар курса CBPR: анализ данных",
            ky="CBPR курсунун вебинары: маалыматтарды талдоо",
            en="CBPR course webinar: data analysis",
        ),
        "event_type": EventType.WEBINAR,
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(minutes=90),
        "city": City.ONLINE,
        "online_url": "https://meet.example.org/birge-cbpr-data-analysis",
        "event_language": "ru",
        "course": course,
        "summary": T(
            ru="Живой вебинар к модулю «Анализ данных»: как привести в порядок ответы, посчитать простые "
            "показатели и сохранить в результатах голос сообщества.",
            ky="«Маалыматтарды талдоо» модулуна карата түз вебинар: жоопторду кантип иретке келтирүү, жөнөкөй "
            "көрсөткүчтөрдү эсептөө жана жыйынтыктарда жамааттын үнүн сактоо.",
            en="A live webinar for the “Data analysis” module: how to tidy up responses, work out simple figures "
            "and keep the community's voice in the results.",
        ),
        "body": [
            paragraph(
                T(
                    ru="<p>Вебинар ведут исследователи, которые сами проводили исследования вместе с "
                    "сообществами. Приносите свои данные и вопросы: вторая половина встречи отведена разбору "
                    "случаев участников.</p><p>Ссылка на подключение придёт в письме с подтверждением; "
                    "записавшиеся на курс CBPR получат напоминание автоматически.</p>",
                    ky="<p>Вебинарды жамааттар менен бирге изилдөө жүргүзгөн изилдөөчүлөр алып барышат. Өз "
                    "маалыматтарыңызды жана суроолоруңузду алып келиңиз: жолугушуунун экинчи жарымы "
                    "катышуучулардын учурларын талдоого арналат.</p><p>Кошулуу шилтемеси ырастоо катында "
                    "келет; CBPR курсуна жазылгандар эскертмени автоматтык түрдө алышат.</p>",
                    en="<p>The webinar is led by researchers who have run studies together with communities "
                    "themselves. Bring your data and your questions: the second half is for working through "
                    "participants' own cases.</p><p>The joining link comes in your confirmation email; people "
                    "enrolled in the CBPR course get a reminder automatically.</p>",
                )
            )
        ],
    }


def training_fields(day):
    return {
        "title": T(
            ru="Тренинг «Документирование нарушений» в Жалал-Абаде",
            ky="Жалал-Абаддагы «Укук бузууларды документтештирүү» тренинги",
            en="“Documenting violations” training in Jalal-Abad",
        ),
        "event_type": EventType.TRAINING,
        "starts_at": local(day, 10),
        "ends_at": local(day, 17),
        "city": City.JALAL_ABAD,
        "venue": T(
            ru="Жалал-Абад, офис партнёрской организации",
            ky="Жалал-Абад, өнөктөш уюмдун кеңсеси",
            en="Jalal-Abad, a partner organisation's office",
        ),
        "address": T(ru="ул. Токтогула, 18", ky="Токтогул көчөсү, 18", en="18 Toktogul Street"),
        "event_language": "ky",
        "capacity": 20,
        "waiting_list": False,
        "summary": T(
            ru="Однодневный тренинг для активистов и равных консультантов: как записывать случаи нарушений "
            "безопасно и так, чтобы запись помогла человеку.",
            ky="Активисттер жана тең консультанттар үчүн бир күндүк тренинг: укук бузуу учурларын коопсуз жана "
            "адамга жардам бере тургандай кылып кантип жазып алуу керек.",
            en="A one-day training for activists and peer counsellors: how to record rights violations safely, "
            "in a way that helps the person concerned.",
        ),
        "body": [
            paragraph(
                T(
                    ru="<p>Участники разбирали настоящие случаи без имён, учились задавать вопросы без давления "
                    "и заполнять форму документирования. Вторая половина дня — практика в парах и план, как "
                    "передать навыки в своих сёлах.</p>",
                    ky="<p>Катышуучулар аты-жөнү жашырылган чыныгы учурларды талдап, басым жасабай суроо "
                    "берүүнү жана документтештирүү формасын толтурууну үйрөнүштү. Күндүн экинчи жарымы — жуп "
                    "болуп машыгуу жана көндүмдөрдү өз айылдарына кантип жеткирүү боюнча план.</p>",
                    en="<p>Participants worked through real cases with the names removed, practised asking "
                    "questions without pressure and filling in the documentation form. The afternoon was for "
                    "practice in pairs and a plan for passing the skills on in their own villages.</p>",
                )
            )
        ],
    }


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
    index = ensure_index(home, locales)
    human_rights_day = next_human_rights_day(today)
    trainer, learner, editor = people["trainer"], people["learner"], people["editor"]

    bishkek = ensure_page(
        index,
        EventPage,
        "human-rights-day-bishkek",
        bishkek_fields(human_rights_day, pictures),
        locales,
    )
    osh = ensure_page(
        index,
        EventPage,
        "human-rights-day-osh",
        osh_fields(human_rights_day, pictures, trainer),
        locales,
    )
    ensure_page(
        index,
        EventPage,
        "cbpr-data-analysis-webinar",
        webinar_fields(cbpr_webinar_start(cbpr_course), cbpr_course),
        locales,
    )
    training = ensure_page(
        index,
        EventPage,
        "documenting-violations-jalal-abad",
        training_fields(today - timedelta(days=30)),
        locales,
    )

    now = timezone.now()
    learner_person = Person(learner.display_name, learner.email, learner.preferred_language)
    ensure_registrations(bishkek, [learner_person, *BISHKEK_PEOPLE], now, {learner.email: learner})
    ensure_registrations(osh, OSH_PEOPLE, now)
    ensure_registrations(training, TRAINING_PEOPLE, training.starts_at - timedelta(days=7))
    ensure_feedback_stories(training, training_feedback(pictures), editor, locales)
    return index
