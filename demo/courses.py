"""The course catalogue: the paid CBPR course, a free course on documenting violations and a ToT course."""

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from learning.models import CourseFormat, CourseIndexPage, CoursePage, LessonPage, ModulePage

from .localize import ensure_page
from .media import picture
from .text import T, paragraph, quiz_question

RIGHT, WRONG = True, False
TICK_ALL = T(
    ru="Отметьте все верные ответы.", ky="Бардык туура жоопторду белгилеңиз.", en="Tick every correct answer."
)


@dataclass
class Lesson:
    slug: str
    title: T
    body: T
    minutes: int


@dataclass
class Module:
    slug: str
    title: T
    summary: T
    lessons: list
    quiz: list = field(default_factory=list)


def question(text, choices, explanation=None):
    """A quiz question; it takes several answers when more than one choice is right."""
    multiple = sum(1 for _, correct in choices if correct) > 1
    return quiz_question(text, choices, explanation=explanation, multiple=multiple)


CBPR_MODULES = [
    Module(
        "what-is-cbpr",
        T(
            ru="Что такое исследование с участием сообществ",
            ky="Жамааттын катышуусу менен изилдөө деген эмне",
            en="What community-based participatory research is",
        ),
        T(
            ru="Принципы CBPR, роли сообщества и исследователей.",
            ky="CBPRдин принциптери, жамааттын жана изилдөөчүлөрдүн ролдору.",
            en="The principles of CBPR and the roles of community and researchers.",
        ),
        [
            Lesson(
                "principles",
                T(ru="Принципы CBPR", ky="CBPRдин принциптери", en="The principles of CBPR"),
                T(
                    ru="<p>CBPR строится на партнёрстве: сообщество и исследователи вместе решают, что изучать, "
                    "как и зачем. Знания сообщества о собственной жизни ценятся так же, как академические "
                    "методы.</p><p>Главные принципы — равноправие партнёров, взаимное обучение, польза для "
                    "сообщества и готовность действовать по результатам.</p>",
                    ky="<p>CBPR өнөктөштүккө негизделет: жамаат менен изилдөөчүлөр эмнени, кантип жана эмне "
                    "үчүн изилдөөнү чогуу чечишет. Жамааттын өз жашоосу тууралуу билими академиялык ыкмалардай "
                    "эле бааланат.</p><p>Негизги принциптер — өнөктөштөрдүн тең укуктуулугу, бири-биринен "
                    "үйрөнүү, жамаатка пайда жана жыйынтыктар боюнча аракет кылууга даярдык.</p>",
                    en="<p>CBPR is built on partnership: the community and the researchers decide together what "
                    "to study, how and why. The community's knowledge of its own life is valued as highly as "
                    "academic methods.</p><p>The main principles are equal partnership, learning from each "
                    "other, benefit to the community and a readiness to act on the results.</p>",
                ),
                15,
            ),
            Lesson(
                "roles",
                T(
                    ru="Роли сообщества и исследователей",
                    ky="Жамааттын жана изилдөөчүлөрдүн ролдору",
                    en="Roles of the community and the researchers",
                ),
                T(
                    ru="<p>Представители сообщества знают, какие вопросы важны, как говорить с людьми и где их "
                    "найти. Исследователи помогают выбрать методы, проверить качество данных и честно описать "
                    "ограничения.</p><p>Роли стоит записать в самом начале: кто принимает решения, кому "
                    "принадлежат данные и кто будет говорить от имени исследования.</p>",
                    ky="<p>Жамааттын өкүлдөрү кайсы суроолор маанилүү экенин, адамдар менен кантип сүйлөшүүнү "
                    "жана аларды кайдан табууну билишет. Изилдөөчүлөр ыкмаларды тандоого, маалыматтын сапатын "
                    "текшерүүгө жана чектөөлөрдү чынчылдык менен сүрөттөөгө жардам беришет.</p><p>Ролдорду эң "
                    "башында жазып коюу керек: ким чечим кабыл алат, маалымат кимге таандык жана изилдөөнүн "
                    "атынан ким сүйлөйт.</p>",
                    en="<p>Community members know which questions matter, how to talk to people and where to "
                    "find them. Researchers help choose methods, check data quality and describe the limitations "
                    "honestly.</p><p>Write the roles down at the very start: who makes decisions, who owns the "
                    "data and who will speak for the research.</p>",
                ),
                15,
            ),
        ],
        [
            question(
                T(
                    ru="Кто ставит вопросы исследования в CBPR?",
                    ky="CBPRде изилдөө суроолорун ким коёт?",
                    en="Who sets the research questions in CBPR?",
                ),
                [
                    (
                        T(
                            ru="Только приглашённые учёные",
                            ky="Чакырылган илимпоздор гана",
                            en="Invited academics only",
                        ),
                        WRONG,
                    ),
                    (
                        T(
                            ru="Сообщество вместе с исследователями",
                            ky="Жамаат изилдөөчүлөр менен бирге",
                            en="The community together with the researchers",
                        ),
                        RIGHT,
                    ),
                    (T(ru="Донор проекта", ky="Долбоордун донору", en="The project's donor"), WRONG),
                ],
                T(
                    ru="В CBPR сообщество — полноправный партнёр на каждом этапе.",
                    ky="CBPRде жамаат ар бир баскычта толук укуктуу өнөктөш.",
                    en="In CBPR the community is a full partner at every stage.",
                ),
            ),
            question(
                T(
                    ru="Какие из этих принципов относятся к CBPR?",
                    ky="Бул принциптердин кайсылары CBPRге тиешелүү?",
                    en="Which of these are principles of CBPR?",
                ),
                [
                    (
                        T(
                            ru="Равноправие партнёров",
                            ky="Өнөктөштөрдүн тең укуктуулугу",
                            en="Equal partnership",
                        ),
                        RIGHT,
                    ),
                    (
                        T(ru="Польза для сообщества", ky="Жамаатка пайда", en="Benefit to the community"),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Публикация имён участников",
                            ky="Катышуучулардын аттарын жарыялоо",
                            en="Publishing participants' names",
                        ),
                        WRONG,
                    ),
                ],
                TICK_ALL,
            ),
        ],
    ),
    Module(
        "ethics-and-safety",
        T(
            ru="Этика и безопасность исследования",
            ky="Изилдөөнүн этикасы жана коопсуздугу",
            en="Research ethics and safety",
        ),
        T(
            ru="Информированное согласие, конфиденциальность и защита данных.",
            ky="Маалымдуу макулдук, купуялык жана маалыматтарды коргоо.",
            en="Informed consent, confidentiality and data protection.",
        ),
        [
            Lesson(
                "informed-consent",
                T(ru="Информированное согласие", ky="Маалымдуу макулдук", en="Informed consent"),
                T(
                    ru="<p>Человек соглашается участвовать, только когда понимает, зачем нужно исследование, "
                    "что с ним будет происходить, какие есть риски и что он может в любой момент отказаться без "
                    "последствий.</p><p>Согласие объясняют простыми словами и на родном языке участника. Для "
                    "уязвимых групп устное согласие иногда безопаснее подписи.</p>",
                    ky="<p>Адам изилдөө эмне үчүн керек экенин, ага эмне болорун, кандай тобокелдиктер бар "
                    "экенин жана каалаган убакта кесепетсиз баш тарта аларын түшүнгөндө гана катышууга макул "
                    "болот.</p><p>Макулдукту жөнөкөй сөздөр менен жана катышуучунун эне тилинде түшүндүрүшөт. "
                    "Аялуу топтор үчүн оозеки макулдук кээде кол коюудан коопсузураак.</p>",
                    en="<p>A person agrees to take part only once they understand why the research is being "
                    "done, what will happen to them, what the risks are, and that they can withdraw at any time "
                    "without consequences.</p><p>Consent is explained in plain words and in the participant's "
                    "own language. For vulnerable groups, spoken consent is sometimes safer than a "
                    "signature.</p>",
                ),
                15,
            ),
            Lesson(
                "confidentiality",
                T(
                    ru="Конфиденциальность и хранение данных",
                    ky="Купуялык жана маалыматтарды сактоо",
                    en="Confidentiality and data storage",
                ),
                T(
                    ru="<p>Храните как можно меньше личных данных. Имена заменяйте кодами, а таблицу "
                    "соответствия держите отдельно и под паролем.</p><p>Заранее решите, у кого есть доступ к "
                    "данным, где они хранятся и когда будут удалены. Утечка может стоить участнику работы или "
                    "безопасности.</p>",
                    ky="<p>Жеке маалыматты мүмкүн болушунча аз сактаңыз. Аттарды коддор менен алмаштырып, дал "
                    "келүү таблицасын өзүнчө жана сырсөз менен сактаңыз.</p><p>Маалыматка ким кире аларын, ал "
                    "кайда сакталарын жана качан өчүрүлөрүн алдын ала чечиңиз. Маалымат сыртка чыгып кетсе, "
                    "катышуучу жумушунан же коопсуздугунан ажырап калышы мүмкүн.</p>",
                    en="<p>Keep as little personal data as possible. Replace names with codes and keep the key "
                    "separately, under a password.</p><p>Decide in advance who can see the data, where it is "
                    "kept and when it will be deleted. A leak can cost a participant their job or their "
                    "safety.</p>",
                ),
                15,
            ),
        ],
        [
            question(
                T(
                    ru="Участник хочет прекратить интервью на середине. Что делать?",
                    ky="Катышуучу интервьюну ортосунда токтоткусу келет. Эмне кылуу керек?",
                    en="A participant wants to stop halfway through an interview. What do you do?",
                ),
                [
                    (
                        T(
                            ru="Уговорить его закончить",
                            ky="Аягына чейин бүтүрүүгө көндүрүү",
                            en="Persuade them to finish",
                        ),
                        WRONG,
                    ),
                    (
                        T(
                            ru="Остановиться и поблагодарить: отказ — его право",
                            ky="Токтоп, ыраазычылык билдирүү: баш тартуу — анын укугу",
                            en="Stop and thank them: leaving is their right",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Продолжить без записи",
                            ky="Жазбастан улантуу",
                            en="Carry on without recording",
                        ),
                        WRONG,
                    ),
                ],
            ),
            question(
                T(
                    ru="Как лучше хранить имена участников?",
                    ky="Катышуучулардын аттарын кантип сактаган жакшы?",
                    en="How should participants' names be kept?",
                ),
                [
                    (
                        T(
                            ru="В той же таблице, что и ответы",
                            ky="Жооптор менен бир таблицада",
                            en="In the same spreadsheet as the answers",
                        ),
                        WRONG,
                    ),
                    (
                        T(
                            ru="Заменить кодами, а ключ хранить отдельно под паролем",
                            ky="Коддор менен алмаштырып, ачкычты өзүнчө сырсөз менен сактоо",
                            en="Replace them with codes and keep the key separately under a password",
                        ),
                        RIGHT,
                    ),
                ],
            ),
        ],
    ),
    Module(
        "research-questions-and-design",
        T(
            ru="Вопросы и дизайн исследования",
            ky="Изилдөө суроолору жана дизайны",
            en="Research questions and design",
        ),
        T(
            ru="Как сформулировать вопрос и выбрать методы.",
            ky="Суроону кантип түзүү жана ыкмаларды кантип тандоо.",
            en="How to frame a question and choose methods.",
        ),
        [
            Lesson(
                "framing-a-question",
                T(ru="Как сформулировать вопрос", ky="Суроону кантип түзүү керек", en="Framing a question"),
                T(
                    ru="<p>Хороший вопрос исследования конкретен, на него можно ответить за время проекта, и "
                    "ответ поможет что-то изменить. «Почему людям плохо?» — слишком широко; «Почему люди, "
                    "живущие с ВИЧ, в нашем районе пропускают приём у врача?» — уже можно исследовать.</p>",
                    ky="<p>Жакшы изилдөө суроосу так болот, ага долбоордун мөөнөтүндө жооп берсе болот жана "
                    "жооп бир нерсени өзгөртүүгө жардам берет. «Адамдар эмне үчүн кыйналат?» — өтө кеңири; "
                    "«Биздин райондо ВИЧ менен жашаган адамдар эмне үчүн дарыгерге барбай калышат?» — муну "
                    "изилдесе болот.</p>",
                    en="<p>A good research question is specific, can be answered within the project's time and "
                    "leads to an answer that helps change something. “Why are people struggling?” is too broad; "
                    "“Why do people living with HIV in our district miss their doctor's appointments?” can be "
                    "researched.</p>",
                ),
                10,
            ),
            Lesson(
                "sampling-and-methods",
                T(ru="Выборка и методы", ky="Тандалма жана ыкмалар", en="Sampling and methods"),
                T(
                    ru="<p>Качественные методы — интервью, фокус-группы — объясняют «почему» и «как». "
                    "Количественные — анкеты — показывают «сколько» и «как часто». Часто их сочетают.</p>"
                    "<p>Для труднодоступных групп выборку строят через доверенных людей: каждый участник "
                    "приглашает следующего.</p>",
                    ky="<p>Сапаттык ыкмалар — интервью, фокус-топтор — «эмне үчүн» жана «кантип» деген "
                    "суроолорго жооп берет. Сандык ыкмалар — анкеталар — «канча» жана «канчалык көп» экенин "
                    "көрсөтөт. Көбүнчө аларды айкалыштырышат.</p><p>Жетүү кыйын топтор үчүн тандалманы "
                    "ишенимдүү адамдар аркылуу түзүшөт: ар бир катышуучу кийинкисин чакырат.</p>",
                    en="<p>Qualitative methods, such as interviews and focus groups, explain “why” and “how”. "
                    "Quantitative methods, such as questionnaires, show “how many” and “how often”. They are "
                    "often combined.</p><p>For hard-to-reach groups, the sample is built through trusted people: "
                    "each participant invites the next.</p>",
                ),
                15,
            ),
        ],
        [
            question(
                T(
                    ru="Какой вопрос лучше подходит для исследования?",
                    ky="Изилдөө үчүн кайсы суроо ылайыктуураак?",
                    en="Which question is better suited to research?",
                ),
                [
                    (
                        T(
                            ru="Почему в мире есть несправедливость?",
                            ky="Дүйнөдө эмне үчүн адилетсиздик бар?",
                            en="Why is there injustice in the world?",
                        ),
                        WRONG,
                    ),
                    (
                        T(
                            ru="Почему секс-работницы в нашем городе не обращаются в милицию после нападений?",
                            ky="Биздин шаардагы секс-кызматкерлер кол салуудан кийин эмне үчүн милицияга "
                            "кайрылышпайт?",
                            en="Why do sex workers in our town not go to the police after attacks?",
                        ),
                        RIGHT,
                    ),
                ],
            ),
            question(
                T(
                    ru="Какие методы лучше объясняют, почему люди поступают именно так?",
                    ky="Адамдар эмне үчүн дал ушундай кылаарын кайсы ыкмалар жакшыраак түшүндүрөт?",
                    en="Which methods best explain why people act as they do?",
                ),
                [
                    (
                        T(
                            ru="Интервью и фокус-группы",
                            ky="Интервью жана фокус-топтор",
                            en="Interviews and focus groups",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Подсчёт числа обращений",
                            ky="Кайрылуулардын санын эсептөө",
                            en="Counting the number of complaints",
                        ),
                        WRONG,
                    ),
                ],
            ),
        ],
    ),
    Module(
        "data-collection",
        T(ru="Сбор данных", ky="Маалымат чогултуу", en="Data collection"),
        T(
            ru="Интервью, фокус-группы и анкеты на практике.",
            ky="Интервью, фокус-топтор жана анкеталар иш жүзүндө.",
            en="Interviews, focus groups and questionnaires in practice.",
        ),
        [
            Lesson(
                "interviews-and-focus-groups",
                T(
                    ru="Интервью и фокус-группы",
                    ky="Интервью жана фокус-топтор",
                    en="Interviews and focus groups",
                ),
                T(
                    ru="<p>Готовьте гайд — список тем, а не жёсткий сценарий. Начинайте с простых вопросов, "
                    "задавайте открытые вопросы и не подсказывайте ответ.</p><p>Фокус-группа из 6–8 человек "
                    "хорошо показывает общие взгляды, но о личном и опасном лучше говорить один на один.</p>",
                    ky="<p>Гайд даярдаңыз — катуу сценарий эмес, темалардын тизмеси. Жөнөкөй суроолордон "
                    "баштап, ачык суроолорду бериңиз жана жоопту айтып бербеңиз.</p><p>6–8 кишиден турган "
                    "фокус-топ жалпы көз караштарды жакшы көрсөтөт, бирок жеке жана коркунучтуу нерселер "
                    "тууралуу бетме-бет сүйлөшкөн оң.</p>",
                    en="<p>Prepare a guide, a list of topics rather than a rigid script. Start with easy "
                    "questions, ask open questions and never suggest the answer.</p><p>A focus group of six to "
                    "eight people shows shared views well, but personal and risky matters are better discussed "
                    "one to one.</p>",
                ),
                15,
            ),
            Lesson(
                "questionnaires",
                T(ru="Анкеты", ky="Анкеталар", en="Questionnaires"),
                T(
                    ru="<p>Анкета должна быть короткой: каждый вопрос нужен для ответа на вопрос исследования. "
                    "Проверьте её на нескольких людях из сообщества, прежде чем запускать.</p><p>Переведите "
                    "анкету на языки участников и убедитесь, что перевод понятен, а не просто дословен.</p>",
                    ky="<p>Анкета кыска болушу керек: ар бир суроо изилдөө суроосуна жооп берүү үчүн гана "
                    "керек. Аны ишке киргизүүдөн мурун жамааттын бир нече адамына сынап көрүңүз.</p><p>Анкетаны "
                    "катышуучулардын тилдерине которуп, котормо сөзмө-сөз эле эмес, түшүнүктүү экенин "
                    "текшериңиз.</p>",
                    en="<p>A questionnaire should be short: every question must serve the research question. Try "
                    "it on a few people from the community before you launch it.</p><p>Translate it into the "
                    "participants' languages, and check that the translation is clear rather than merely "
                    "literal.</p>",
                ),
                10,
            ),
        ],
        [
            question(
                T(ru="Какой из вопросов открытый?", ky="Кайсы суроо ачык?", en="Which question is open?"),
                [
                    (
                        T(
                            ru="Вас обижали в поликлинике?",
                            ky="Сизди поликлиникада кемсинтишкенби?",
                            en="Were you mistreated at the clinic?",
                        ),
                        WRONG,
                    ),
                    (
                        T(
                            ru="Расскажите о последнем визите в поликлинику.",
                            ky="Поликлиникага акыркы барганыңыз тууралуу айтып бериңизчи.",
                            en="Tell me about your last visit to the clinic.",
                        ),
                        RIGHT,
                    ),
                ],
            ),
            question(
                T(
                    ru="Что сделать до запуска анкеты?",
                    ky="Анкетаны ишке киргизүүдөн мурун эмне кылуу керек?",
                    en="What should you do before launching a questionnaire?",
                ),
                [
                    (
                        T(
                            ru="Проверить её на нескольких людях из сообщества",
                            ky="Аны жамааттын бир нече адамына сынап көрүү",
                            en="Try it on a few people from the community",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Добавить побольше вопросов на всякий случай",
                            ky="Кандай болсо да деп көбүрөөк суроо кошуу",
                            en="Add extra questions just in case",
                        ),
                        WRONG,
                    ),
                ],
            ),
        ],
    ),
    Module(
        "data-analysis",
        T(ru="Анализ данных", ky="Маалыматтарды талдоо", en="Data analysis"),
        T(
            ru="Как понять собранные данные и ответить на вопрос исследования.",
            ky="Чогултулган маалыматтарды кантип түшүнүү жана изилдөө суроосуна кантип жооп берүү.",
            en="Making sense of the data and answering the research question.",
        ),
        [
            Lesson(
                "qualitative-analysis",
                T(
                    ru="Анализ качественных данных",
                    ky="Сапаттык маалыматтарды талдоо",
                    en="Analysing qualitative data",
                ),
                T(
                    ru="<p>Прочитайте расшифровки несколько раз и отмечайте повторяющиеся темы — это "
                    "кодирование. Затем сгруппируйте коды в более крупные темы и найдите цитаты, которые их "
                    "иллюстрируют.</p><p>Обсуждайте темы с представителями сообщества: они заметят смыслы, "
                    "которые посторонний пропустит.</p>",
                    ky="<p>Жазылып алынган интервьюлорду бир нече жолу окуп, кайталанган темаларды белгилеңиз — "
                    "бул коддоо. Андан соң коддорду чоңураак темаларга топтоп, аларды чагылдырган цитаталарды "
                    "табыңыз.</p><p>Темаларды жамааттын өкүлдөрү менен талкуулаңыз: алар бөтөн адам байкабай "
                    "калган маанилерди байкашат.</p>",
                    en="<p>Read the transcripts several times and mark recurring themes: this is coding. Then "
                    "group the codes into larger themes and find quotations that illustrate them.</p><p>Discuss "
                    "the themes with community members: they will notice meanings an outsider would miss.</p>",
                ),
                20,
            ),
            Lesson(
                "simple-statistics",
                T(ru="Простая статистика", ky="Жөнөкөй статистика", en="Simple statistics"),
                T(
                    ru="<p>Для большинства отчётов хватает частот и процентов: сколько участников столкнулись с "
                    "проблемой и какая это доля от всех. Всегда указывайте, из скольких ответов посчитан "
                    "процент.</p><p>Небольшая выборка не позволяет делать выводы обо всей стране — честно "
                    "пишите об этом ограничении.</p>",
                    ky="<p>Көпчүлүк отчёттор үчүн жыштыктар жана пайыздар жетиштүү: канча катышуучу көйгөйгө "
                    "туш болгон жана бул бардыгынын канча үлүшү. Пайыз канча жооптон эсептелгенин дайыма "
                    "көрсөтүңүз.</p><p>Кичинекей тандалма бүтүндөй өлкө тууралуу жыйынтык чыгарууга мүмкүндүк "
                    "бербейт — бул чектөө тууралуу ачык жазыңыз.</p>",
                    en="<p>For most reports, frequencies and percentages are enough: how many participants faced "
                    "a problem, and what share of everyone that is. Always say how many answers a percentage is "
                    "based on.</p><p>A small sample does not support conclusions about the whole country; be "
                    "honest about that limitation.</p>",
                ),
                20,
            ),
        ],
        [
            question(
                T(
                    ru="Что такое кодирование в качественном анализе?",
                    ky="Сапаттык талдоодо коддоо деген эмне?",
                    en="What is coding in qualitative analysis?",
                ),
                [
                    (T(ru="Шифрование файлов", ky="Файлдарды шифрлөө", en="Encrypting files"), WRONG),
                    (
                        T(
                            ru="Разметка повторяющихся тем в текстах",
                            ky="Тексттердеги кайталанган темаларды белгилөө",
                            en="Marking recurring themes in the texts",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Перевод интервью на другой язык",
                            ky="Интервьюну башка тилге которуу",
                            en="Translating interviews",
                        ),
                        WRONG,
                    ),
                ],
            ),
            question(
                T(
                    ru="12 из 40 участников сообщили о вымогательстве. Как написать об этом в отчёте?",
                    ky="40 катышуучунун 12си опузалап акча талап кылынганын айтышты. Отчётто муну кантип "
                    "жазуу керек?",
                    en="12 of 40 participants reported extortion. How should the report put it?",
                ),
                [
                    (
                        T(
                            ru="30% жителей страны сталкиваются с вымогательством",
                            ky="Өлкө тургундарынын 30%ы опузалап акча талап кылууга туш болушат",
                            en="30% of the country's people face extortion",
                        ),
                        WRONG,
                    ),
                    (
                        T(
                            ru="30% участников (12 из 40) сообщили о вымогательстве",
                            ky="Катышуучулардын 30%ы (40тан 12си) опузалап акча талап кылынганын айтышты",
                            en="30% of participants (12 of 40) reported extortion",
                        ),
                        RIGHT,
                    ),
                ],
            ),
            question(
                T(
                    ru="Что помогает качественному анализу?",
                    ky="Сапаттык талдоого эмне жардам берет?",
                    en="What helps qualitative analysis?",
                ),
                [
                    (
                        T(
                            ru="Обсуждать темы с сообществом",
                            ky="Темаларды жамаат менен талкуулоо",
                            en="Discussing themes with the community",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Подбирать цитаты к темам",
                            ky="Темаларга цитаталарды тандоо",
                            en="Finding quotations for themes",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Отбрасывать неудобные ответы",
                            ky="Ыңгайсыз жоопторду алып салуу",
                            en="Discarding inconvenient answers",
                        ),
                        WRONG,
                    ),
                ],
                TICK_ALL,
            ),
        ],
    ),
    Module(
        "social-change",
        T(
            ru="Социальные перемены: как превратить знания в действия",
            ky="Коомдук өзгөрүүлөр: билимди аракетке айлантуу",
            en="Bringing about social change: translating knowledge into action",
        ),
        T(
            ru="От результатов к рекомендациям; оценка исследования.",
            ky="Жыйынтыктардан сунуштарга; изилдөөнү баалоо.",
            en="From findings to recommendations; evaluating the research.",
        ),
        [
            Lesson(
                "from-findings-to-recommendations",
                T(
                    ru="От результатов к рекомендациям",
                    ky="Жыйынтыктардан сунуштарга",
                    en="From findings to recommendations",
                ),
                T(
                    ru="<p>Каждая рекомендация должна вытекать из результата и быть обращена к тому, кто может "
                    "её выполнить: министерству, местной власти, больнице. «Улучшить отношение» — не "
                    "рекомендация; «Обучить персонал трёх районных больниц соблюдению врачебной тайны» — "
                    "рекомендация.</p><p>Решите вместе с сообществом, кто и как будет доносить результаты: "
                    "встреча, короткая записка, видео.</p>",
                    ky="<p>Ар бир сунуш жыйынтыктан келип чыгып, аны аткара алган тарапка — министрликке, "
                    "жергиликтүү бийликке, ооруканага — багытталышы керек. «Мамилени жакшыртуу» — сунуш эмес; "
                    "«Үч райондук оорукананын кызматкерлерин дарыгердик сырды сактоого окутуу» — сунуш.</p>"
                    "<p>Жыйынтыктарды ким жана кантип жеткирерин жамаат менен бирге чечиңиз: жолугушуу, кыска "
                    "кат же видео.</p>",
                    en="<p>Every recommendation should follow from a finding and be addressed to someone who can "
                    "act on it: a ministry, a local authority, a hospital. “Improve attitudes” is not a "
                    "recommendation; “Train the staff of three district hospitals in medical confidentiality” "
                    "is.</p><p>Decide with the community who will present the findings and how: a meeting, a "
                    "short brief, a video.</p>",
                ),
                15,
            ),
            Lesson(
                "evaluating-research",
                T(ru="Оценка исследования", ky="Изилдөөнү баалоо", en="Evaluating the research"),
                T(
                    ru="<p>Оцените не только результаты, но и процесс: было ли участие сообщества настоящим, "
                    "соблюдалась ли этика, что изменилось благодаря исследованию.</p><p>Запишите уроки — они "
                    "пригодятся следующей группе исследователей.</p>",
                    ky="<p>Жыйынтыктарды гана эмес, процессти да баалаңыз: жамааттын катышуусу чыныгы "
                    "болдубу, этика сакталдыбы, изилдөөнүн аркасында эмне өзгөрдү.</p><p>Сабактарды жазып "
                    "коюңуз — алар изилдөөчүлөрдүн кийинки тобуна керек болот.</p>",
                    en="<p>Evaluate the process as well as the results: was the community's participation real, "
                    "was ethics respected, what changed because of the research?</p><p>Write down the lessons: "
                    "the next group of researchers will need them.</p>",
                ),
                10,
            ),
        ],
        [
            question(
                T(
                    ru="Какая формулировка — настоящая рекомендация?",
                    ky="Кайсы сүйлөм чыныгы сунуш болуп саналат?",
                    en="Which of these is a real recommendation?",
                ),
                [
                    (
                        T(
                            ru="Улучшить отношение к сообществу",
                            ky="Жамаатка болгон мамилени жакшыртуу",
                            en="Improve attitudes towards the community",
                        ),
                        WRONG,
                    ),
                    (
                        T(
                            ru="До конца года обучить участковых милиционеров района недискриминационной работе",
                            ky="Жыл аягына чейин райондун участкалык милиционерлерин басмырлоосуз иштөөгө окутуу",
                            en="Train the district's community police officers in non-discrimination by the end "
                            "of the year",
                        ),
                        RIGHT,
                    ),
                ],
            ),
            question(
                T(
                    ru="Что оценивают в конце исследования?",
                    ky="Изилдөөнүн аягында эмнени баалашат?",
                    en="What is evaluated at the end of the research?",
                ),
                [
                    (
                        T(
                            ru="Насколько настоящим было участие сообщества",
                            ky="Жамааттын катышуусу канчалык чыныгы болгонун",
                            en="How real the community's participation was",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Соблюдалась ли этика",
                            ky="Этика сакталганын",
                            en="Whether ethics was respected",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Сколько участников удалось уговорить",
                            ky="Канча катышуучуну көндүрүүгө болгонун",
                            en="How many participants could be talked into it",
                        ),
                        WRONG,
                    ),
                ],
                TICK_ALL,
            ),
        ],
    ),
    Module(
        "presenting-findings",
        T(ru="Представление результатов", ky="Жыйынтыктарды көрсөтүү", en="Presenting findings"),
        T(
            ru="Тезисы, отчёт и выступление.",
            ky="Тезистер, отчёт жана баяндама.",
            en="Abstracts, the report and the talk.",
        ),
        [
            Lesson(
                "writing-an-abstract",
                T(ru="Как написать тезисы", ky="Тезистерди кантип жазуу керек", en="Writing an abstract"),
                T(
                    ru="<p>Тезисы для конференции обычно укладываются в 300 слов: вопрос, методы, главные "
                    "результаты, вывод. Пишите конкретно и без долгих вступлений.</p>",
                    ky="<p>Конференция үчүн тезистер адатта 300 сөзгө батат: суроо, ыкмалар, негизги "
                    "жыйынтыктар, корутунду. Так жана узун киришүүсүз жазыңыз.</p>",
                    en="<p>A conference abstract usually fits in 300 words: question, methods, main findings, "
                    "conclusion. Be specific and skip the long preamble.</p>",
                ),
                10,
            ),
            Lesson(
                "report-and-talk",
                T(ru="Отчёт и выступление", ky="Отчёт жана баяндама", en="The report and the talk"),
                T(
                    ru="<p>В отчёте начинайте с главного: что вы узнали и что предлагаете. Подробности методов — "
                    "в конце или в приложении.</p><p>В выступлении покажите один-два ключевых результата и одну "
                    "историю, согласованную с участником. Истории запоминаются лучше таблиц.</p>",
                    ky="<p>Отчётту эң негизгисинен баштаңыз: эмнени билдиңиз жана эмне сунуштайсыз. Ыкмалардын "
                    "чоо-жайы — аягында же тиркемеде.</p><p>Баяндамада бир-эки негизги жыйынтыкты жана "
                    "катышуучу менен макулдашылган бир окуяны көрсөтүңүз. Окуялар таблицаларга караганда "
                    "жакшыраак эсте калат.</p>",
                    en="<p>Open the report with what matters most: what you learned and what you propose. Put the "
                    "details of methods at the end or in an annex.</p><p>In a talk, show one or two key findings "
                    "and one story agreed with the participant. Stories stay in the memory better than "
                    "tables.</p>",
                ),
                15,
            ),
        ],
        [
            question(
                T(
                    ru="С чего лучше начать отчёт?",
                    ky="Отчётту эмнеден баштаган жакшы?",
                    en="How should a report open?",
                ),
                [
                    (
                        T(
                            ru="С подробного описания методов",
                            ky="Ыкмаларды кеңири сүрөттөөдөн",
                            en="With a detailed account of the methods",
                        ),
                        WRONG,
                    ),
                    (
                        T(
                            ru="С главных выводов и предложений",
                            ky="Негизги жыйынтыктардан жана сунуштардан",
                            en="With the main findings and proposals",
                        ),
                        RIGHT,
                    ),
                ],
            ),
            question(
                T(
                    ru="Можно ли рассказать историю участника в выступлении?",
                    ky="Баяндамада катышуучунун окуясын айтып берсе болобу?",
                    en="May you tell a participant's story in a talk?",
                ),
                [
                    (
                        T(
                            ru="Да, если участник согласился",
                            ky="Ооба, эгер катышуучу макул болсо",
                            en="Yes, if the participant has agreed",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Да, всегда: это же ради пользы дела",
                            ky="Ооба, дайыма: бул иштин пайдасы үчүн да",
                            en="Yes, always: it is for a good cause",
                        ),
                        WRONG,
                    ),
                ],
            ),
        ],
    ),
]

DOCUMENTING_MODULES = [
    Module(
        "what-to-record",
        T(ru="Что и как записывать", ky="Эмнени жана кантип жазуу керек", en="What to record and how"),
        T(
            ru="Факты, доказательства и свидетели.",
            ky="Фактылар, далилдер жана күбөлөр.",
            en="Facts, evidence and witnesses.",
        ),
        [
            Lesson(
                "facts",
                T(
                    ru="Факты: кто, что, где, когда",
                    ky="Фактылар: ким, эмне, кайда, качан",
                    en="Facts: who, what, where, when",
                ),
                T(
                    ru="<p>Запишите события по порядку и своими словами, как можно скорее, пока память свежа. "
                    "Отделяйте то, что видели сами, от того, что знаете со слов других.</p><p>Точные детали — "
                    "дата, время, место, имена или приметы, номера машин — делают запись пригодной для жалобы и "
                    "суда.</p>",
                    ky="<p>Окуяларды эсиңизде жаңы турганда, мүмкүн болушунча тезирээк, ырааты менен жана өз "
                    "сөзүңүз менен жазыңыз. Өзүңүз көргөн нерсени башкалардан уккан нерседен ажыратыңыз.</p>"
                    "<p>Так маалыматтар — дата, убакыт, жер, аттар же сырткы белгилер, унаалардын номерлери — "
                    "жазууну даттануу жана сот үчүн жарактуу кылат.</p>",
                    en="<p>Write events down in order and in your own words as soon as you can, while your memory "
                    "is fresh. Keep what you saw yourself apart from what others told you.</p><p>Precise details, "
                    "such as the date, time, place, names or descriptions and vehicle numbers, make a record "
                    "usable for a complaint or in court.</p>",
                ),
                10,
            ),
            Lesson(
                "evidence-and-witnesses",
                T(ru="Доказательства и свидетели", ky="Далилдер жана күбөлөр", en="Evidence and witnesses"),
                T(
                    ru="<p>Сохраните фотографии, медицинские справки, копии документов и скриншоты. Оригиналы "
                    "держите у себя, отдавайте только копии.</p><p>Спросите свидетелей, готовы ли они "
                    "подтвердить увиденное, и с их согласия запишите, как с ними связаться.</p>",
                    ky="<p>Сүрөттөрдү, медициналык маалымкаттарды, документтердин көчүрмөлөрүн жана "
                    "скриншотторду сактаңыз. Түп нускаларды өзүңүздө калтырып, көчүрмөлөрүн гана бериңиз.</p>"
                    "<p>Күбөлөрдөн көргөнүн ырастоого даярбы деп сураңыз жана алардын макулдугу менен кантип "
                    "байланышса болорун жазып алыңыз.</p>",
                    en="<p>Keep photos, medical certificates, copies of documents and screenshots. Keep the "
                    "originals yourself and hand over copies only.</p><p>Ask witnesses whether they are willing "
                    "to confirm what they saw and, with their consent, note how to reach them.</p>",
                ),
                10,
            ),
        ],
        [
            question(
                T(
                    ru="Что из этого важнее всего записать сразу?",
                    ky="Булардын кайсынысын дароо жазып алуу эң маанилүү?",
                    en="Which of these matters most to write down straight away?",
                ),
                [
                    (
                        T(
                            ru="Дату, время и место",
                            ky="Датаны, убакытты жана жерди",
                            en="The date, time and place",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Своё мнение о виновных",
                            ky="Күнөөлүүлөр тууралуу өз пикириңизди",
                            en="Your opinion of those responsible",
                        ),
                        WRONG,
                    ),
                ],
            ),
            question(
                T(
                    ru="Кому отдавать оригиналы документов?",
                    ky="Документтердин түп нускаларын кимге берүү керек?",
                    en="Who should get the original documents?",
                ),
                [
                    (
                        T(ru="Первому, кто попросит", ky="Биринчи сураган адамга", en="Whoever asks first"),
                        WRONG,
                    ),
                    (
                        T(
                            ru="Никому: оригиналы остаются у вас, вы отдаёте копии",
                            ky="Эч кимге: түп нускалар өзүңүздө калат, көчүрмөлөрүн бересиз",
                            en="No one: you keep the originals and hand over copies",
                        ),
                        RIGHT,
                    ),
                ],
            ),
        ],
    ),
    Module(
        "safety-and-consent",
        T(ru="Безопасность и согласие", ky="Коопсуздук жана макулдук", en="Safety and consent"),
        T(
            ru="Как не навредить пострадавшему и себе.",
            ky="Жабырлануучуга жана өзүңүзгө кантип зыян келтирбөө керек.",
            en="How to avoid harming the person affected, or yourself.",
        ),
        [
            Lesson(
                "consent",
                T(
                    ru="Согласие пострадавшего",
                    ky="Жабырлануучунун макулдугу",
                    en="The consent of the person affected",
                ),
                T(
                    ru="<p>История принадлежит человеку, с которым это случилось. Спросите, согласен ли он, "
                    "чтобы случай записали, кто может его увидеть и можно ли использовать его в отчётах — под "
                    "именем или анонимно.</p>",
                    ky="<p>Окуя аны башынан өткөргөн адамга таандык. Андан окуяны жазууга, аны ким көрө "
                    "аларына жана отчёттордо — аты менен же аты-жөнүн көрсөтпөй — колдонууга макулбу, "
                    "сураңыз.</p>",
                    en="<p>The story belongs to the person it happened to. Ask whether they agree to the case "
                    "being recorded, who may see it, and whether it may be used in reports, named or "
                    "anonymously.</p>",
                ),
                10,
            ),
            Lesson(
                "safe-storage",
                T(ru="Безопасное хранение", ky="Коопсуз сактоо", en="Safe storage"),
                T(
                    ru="<p>Храните записи в защищённом месте: зашифрованная папка, телефон с паролем, доверенный "
                    "человек. Не пересылайте их через общие чаты.</p><p>Если есть риск обыска или изъятия "
                    "телефона, передайте записи юристу и удалите свои копии.</p>",
                    ky="<p>Жазууларды корголгон жерде сактаңыз: шифрленген папка, сырсөзү бар телефон, "
                    "ишенимдүү адам. Аларды жалпы чаттар аркылуу жөнөтпөңүз.</p><p>Тинтүү же телефонду тартып "
                    "алуу коркунучу болсо, жазууларды юристке өткөрүп берип, өзүңүздөгү көчүрмөлөрдү өчүрүп "
                    "салыңыз.</p>",
                    en="<p>Keep records somewhere protected: an encrypted folder, a phone with a passcode, a "
                    "person you trust. Do not send them through group chats.</p><p>If there is a risk of a search "
                    "or of your phone being taken, pass the records to a lawyer and delete your own copies.</p>",
                ),
                10,
            ),
        ],
        [
            question(
                T(
                    ru="О чём нужно спросить пострадавшего?",
                    ky="Жабырлануучудан эмнени сураш керек?",
                    en="What should you ask the person affected?",
                ),
                [
                    (
                        T(
                            ru="Согласен ли он, чтобы случай записали",
                            ky="Окуяны жазууга макулбу",
                            en="Whether they agree to the case being recorded",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Можно ли использовать случай в отчётах и как",
                            ky="Окуяны отчёттордо колдонсо болобу жана кантип",
                            en="Whether and how the case may be used in reports",
                        ),
                        RIGHT,
                    ),
                    (
                        T(
                            ru="Сколько он готов заплатить",
                            ky="Канча төлөөгө даяр экенин",
                            en="How much they are willing to pay",
                        ),
                        WRONG,
                    ),
                ],
                TICK_ALL,
            ),
            question(
                T(
                    ru="Где не стоит хранить записи о нарушениях?",
                    ky="Укук бузуулар тууралуу жазууларды кайда сактабаш керек?",
                    en="Where should records of violations not be kept?",
                ),
                [
                    (T(ru="В общем чате", ky="Жалпы чатта", en="In a group chat"), RIGHT),
                    (
                        T(ru="В зашифрованной папке", ky="Шифрленген папкада", en="In an encrypted folder"),
                        WRONG,
                    ),
                ],
            ),
        ],
    ),
]

TOT_MODULES = [
    Module(
        "before-the-first-session",
        T(ru="Перед первой встречей", ky="Биринчи жолугушууга чейин", en="Before the first session"),
        T(
            ru="Что обдумать до очной сессии.",
            ky="Бетме-бет сессияга чейин эмнени ойлонуп келүү керек.",
            en="What to think about before the face-to-face session.",
        ),
        [
            Lesson(
                "your-training-plan",
                T(ru="Ваш план занятий", ky="Сиздин сабактарыңыздын планы", en="Your training plan"),
                T(
                    ru="<p>Подумайте, для кого вы будете проводить занятия после тренинга: сколько человек, где, "
                    "на каком языке, какие у них главные проблемы. Запишите три темы, которые для них важнее "
                    "всего, — с них мы начнём работу.</p>",
                    ky="<p>Тренингден кийин кимдер үчүн сабак өткөрөрүңүздү ойлонуп көрүңүз: канча киши, кайда, "
                    "кайсы тилде, алардын негизги көйгөйлөрү кандай. Алар үчүн эң маанилүү үч теманы жазып "
                    "келиңиз — ишти ошолордон баштайбыз.</p>",
                    en="<p>Think about who you will train after this course: how many people, where, in which "
                    "language, and what their main problems are. Write down the three topics that matter most to "
                    "them; we will start from those.</p>",
                ),
                15,
            )
        ],
    )
]


def release_dates(count, open_now=2, every=timedelta(weeks=2)):
    """Two modules opened in the past, the rest opening one by one in the weeks ahead, at 10:00 local time."""
    today_ten = timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0)
    first_future = today_ten + timedelta(days=7)
    past = [today_ten - every * (open_now - index) for index in range(open_now)]
    future = [first_future + every * index for index in range(count - open_now)]
    return past + future


def ensure_course(index, slug, fields, modules, locales, release_at=None):
    """A course page with its modules and lessons, in Russian with ky and en translations."""
    course = ensure_page(index, CoursePage, slug, fields, locales)
    release_at = release_at or [None] * len(modules)
    for module, opens in zip(modules, release_at, strict=True):
        module_page = ensure_page(
            course,
            ModulePage,
            module.slug,
            {"title": module.title, "summary": module.summary, "release_at": opens, "quiz": module.quiz},
            locales,
        )
        for lesson in module.lessons:
            ensure_page(
                module_page,
                LessonPage,
                lesson.slug,
                {"title": lesson.title, "duration_minutes": lesson.minutes, "body": [paragraph(lesson.body)]},
                locales,
            )
    return course


def ensure_courses(home, topics, pictures, trainer, locales):
    """The catalogue and its three courses; returns the courses by key (and the catalogue as "index")."""
    index = ensure_page(
        home,
        CourseIndexPage,
        "courses",
        {
            "title": T(ru="Курсы", ky="Курстар", en="Courses"),
            "intro": T(
                ru="Онлайн-курсы и тренинги сети: учитесь в своём темпе, проходите тесты и получайте "
                "сертификат.",
                ky="Тармактын онлайн курстары жана тренингдери: өз ыргагыңызда окуп, тесттерден өтүп, "
                "сертификат алыңыз.",
                en="The network's online courses and trainings: learn at your own pace, take the quizzes and "
                "earn a certificate.",
            ),
        },
        locales,
    )
    cbpr = ensure_course(
        index, "cbpr", cbpr_fields(topics, pictures), CBPR_MODULES, locales, release_dates(7)
    )
    documenting = ensure_course(
        index, "documenting-violations", documenting_fields(topics, pictures), DOCUMENTING_MODULES, locales
    )
    tot = ensure_course(
        index, "tot-women-human-rights-defenders", tot_fields(topics, pictures, trainer), TOT_MODULES, locales
    )
    return {"index": index, "cbpr": cbpr, "documenting": documenting, "tot": tot}


def cbpr_fields(topics, pictures):
    return {
        "title": T(
            ru="Исследования с участием сообществ (CBPR)",
            ky="Жамааттын катышуусу менен изилдөө (CBPR)",
            en="Community-based participatory research (CBPR)",
        ),
        "summary": T(
            ru="Онлайн-курс из семи модулей о том, как сообщество само исследует свои проблемы и превращает "
            "результаты в перемены.",
            ky="Жамаат өз көйгөйлөрүн өзү изилдеп, жыйынтыктарды өзгөрүүгө айлантышы тууралуу жети модулдан "
            "турган онлайн курс.",
            en="A seven-module online course on how a community researches its own problems and turns the "
            "findings into change.",
        ),
        "audience": T(
            ru="Сотрудникам и активистам общественных организаций, равным консультантам и всем, кто хочет "
            "собирать данные о положении своего сообщества. Опыт исследований не нужен.",
            ky="Коомдук уюмдардын кызматкерлерине жана активисттерине, тең консультанттарга жана өз жамаатынын "
            "абалы тууралуу маалымат чогултууну каалагандардын баарына. Изилдөө тажрыйбасы талап кылынбайт.",
            en="Staff and activists of community organisations, peer counsellors and anyone who wants to gather "
            "evidence about their community's situation. No research experience needed.",
        ),
        "description": [
            paragraph(
                T(
                    ru="<p>В исследовании с участием сообществ люди, которых касается проблема, — не «объекты "
                    "изучения», а полноправные исследователи: они ставят вопросы, собирают и толкуют данные и "
                    "решают, что делать с результатами. Курс проводит через все этапы такого исследования — от "
                    "этики и дизайна до анализа данных и адвокации.</p><p>Модули открываются по одному раз в две "
                    "недели; после модуля «Анализ данных» пройдёт живой вебинар. Стоимость всего курса — "
                    "75 евро.</p>",
                    ky="<p>Жамааттын катышуусу менен изилдөөдө көйгөй тиешелүү болгон адамдар «изилдөө "
                    "объектиси» эмес, толук укуктуу изилдөөчүлөр: алар суроо коюшат, маалымат чогултуп, аны "
                    "чечмелешет жана жыйынтыктар менен эмне кылууну чечишет. Курс мындай изилдөөнүн бардык "
                    "баскычтарынан — этика жана дизайндан тартып маалыматтарды талдоо жана адвокацияга чейин — "
                    "алып өтөт.</p><p>Модулдар эки жумада бирден ачылат; «Маалыматтарды талдоо» модулунан кийин "
                    "түз вебинар өтөт. Бүт курстун баасы — 75 евро.</p>",
                    en="<p>In community-based participatory research, the people affected by a problem are not "
                    "“subjects” but full researchers: they ask the questions, gather and interpret the data and "
                    "decide what to do with the results. The course takes you through every stage of such "
                    "research, from ethics and design to data analysis and advocacy.</p><p>Modules open one at a "
                    "time, every two weeks, and a live webinar follows the “Data analysis” module. The whole "
                    "course costs 75 euros.</p>",
                )
            )
        ],
        **picture(pictures, "cbpr"),
        "format": CourseFormat.SELF_PACED,
        "topics": [topics["health"], topics["rights"]],
        "price": Decimal("75.00"),
        "currency": "EUR",
        "featured": True,
    }


def documenting_fields(topics, pictures):
    return {
        "title": T(
            ru="Документирование нарушений прав человека",
            ky="Адам укуктарынын бузулушун документтештирүү",
            en="Documenting human-rights violations",
        ),
        "summary": T(
            ru="Бесплатный курс в своём темпе: как записать случай нарушения так, чтобы им можно было "
            "воспользоваться, и никому не навредить.",
            ky="Өз ыргагыңызда өтүүчү акысыз курс: укук бузуу окуясын колдонууга жарактуу кылып жана эч кимге "
            "зыян келтирбей кантип жазып алуу керек.",
            en="A free, self-paced course: how to record a violation so the record can be used, without "
            "harming anyone.",
        ),
        "audience": T(
            ru="Активистам, равным консультантам, журналистам и всем, кто сталкивается с нарушениями прав — "
            "своих или чужих.",
            ky="Активисттерге, тең консультанттарга, журналисттерге жана өзүнүн же башкалардын укуктарынын "
            "бузулушуна туш болгондордун баарына.",
            en="Activists, peer counsellors, journalists and anyone who comes across rights violations, their "
            "own or other people's.",
        ),
        "description": [
            paragraph(
                T(
                    ru="<p>Два коротких модуля: что и как записывать и как делать это безопасно, с согласия "
                    "пострадавшего. В конце каждого модуля — небольшой тест.</p>",
                    ky="<p>Эки кыска модуль: эмнени жана кантип жазуу керек, жана муну жабырлануучунун "
                    "макулдугу менен коопсуз кантип жасоо керек. Ар бир модулдун аягында кичинекей тест "
                    "бар.</p>",
                    en="<p>Two short modules: what to record and how, and how to do it safely and with the "
                    "consent of the person affected. Each module ends with a short quiz.</p>",
                )
            )
        ],
        **picture(pictures, "documenting"),
        "format": CourseFormat.SELF_PACED,
        "topics": [topics["rights"], topics["legal-aid"]],
        "price": Decimal("0.00"),
        "currency": "EUR",
    }


def tot_fields(topics, pictures, trainer):
    return {
        "title": T(
            ru="Тренинг для тренеров: правозащитницы Центральной Азии",
            ky="Тренерлер үчүн тренинг: Борбордук Азиянын укук коргоочу аялдары",
            en="Training of trainers: women human-rights defenders of Central Asia",
        ),
        "summary": T(
            ru="Смешанный формат: очные сессии в группе и онлайн-материалы между ними. Для женщин-лидеров, "
            "которые будут сами вести занятия в своих регионах.",
            ky="Аралаш формат: топтогу бетме-бет сессиялар жана алардын ортосундагы онлайн материалдар. Өз "
            "аймактарында өздөрү сабак өткөрө турган лидер аялдар үчүн.",
            en="A blended format: face-to-face group sessions with online material in between. For women "
            "leaders who will run sessions in their own regions.",
        ),
        "audience": T(
            ru="Лидерам женских организаций и инициативных групп Кыргызстана и Казахстана. Участие — по "
            "приглашению организаторов.",
            ky="Кыргызстан менен Казакстандын аялдар уюмдарынын жана демилгелүү топторунун лидерлерине. "
            "Катышуу — уюштуруучулардын чакыруусу боюнча.",
            en="Leaders of women's organisations and community groups in Kyrgyzstan and Kazakhstan. "
            "Participation is by invitation from the organisers.",
        ),
        "description": [
            paragraph(
                T(
                    ru="<p>Темы программы: права женщин и механизмы ООН, резолюция 1325 «Женщины, мир и "
                    "безопасность», документирование нарушений, работа с конфликтами и стратегические "
                    "коммуникации в кризис. Каждая участница готовит план собственных занятий.</p>",
                    ky="<p>Программанын темалары: аялдардын укуктары жана БУУнун механизмдери, «Аялдар, тынчтык "
                    "жана коопсуздук» 1325-резолюциясы, укук бузууларды документтештирүү, чыр-чатактар менен "
                    "иштөө жана кризис учурундагы стратегиялык коммуникациялар. Ар бир катышуучу өз "
                    "сабактарынын планын даярдайт.</p>",
                    en="<p>The programme covers women's rights and UN mechanisms, Resolution 1325 on women, "
                    "peace and security, documenting violations, working with conflict and strategic "
                    "communication in a crisis. Each participant prepares a plan for her own sessions.</p>",
                )
            )
        ],
        **picture(pictures, "tot"),
        "format": CourseFormat.TOT_BLENDED,
        "topics": [topics["rights"], topics["safety"]],
        "trainers": [trainer],
        "price": Decimal("0.00"),
        "currency": "EUR",
    }
