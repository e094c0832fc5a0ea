"""The news index and a few news items, among them the Human Rights Day (10 December) campaign."""

from datetime import date, timedelta

from taggit.models import Tag

from website.news.models import NewsIndexPage, NewsPage, TagName

from .localize import ensure_page, ensure_snippet
from .media import picture
from .text import T, call_to_action, callout, paragraph, resolve

HUMAN_RIGHTS_DAY = [
    paragraph(
        T(
            ru="<p>10 декабря мир отмечает День прав человека — годовщину принятия Всеобщей декларации прав "
            "человека. В этом году организации сети готовят серию событий для молодёжи и всех жителей южных "
            "областей.</p><ul>"
            "<li>Конкурс детских рисунков «Мои права» в школах Оша, Джалал-Абада и Баткена.</li>"
            "<li>Радиовикторина о Всеобщей декларации с призами для слушателей.</li>"
            "<li>Уличная акция «Мы знаем свои права» вместе со студентами.</li>"
            "<li>День открытых дверей: юристы приёмных весь день консультируют бесплатно.</li></ul>",
            ky="<p>10-декабрда дүйнө Адам укуктарынын күнүн — Адам укуктарынын жалпы декларациясы кабыл "
            "алынган күндү белгилейт. Быйыл тармактын уюмдары жаштар жана түштүк облустардын бардык тургундары "
            "үчүн бир катар иш-чараларды даярдап жатышат.</p><ul>"
            "<li>Ош, Жалал-Абад жана Баткендин мектептеринде «Менин укуктарым» балдар сүрөт сынагы.</li>"
            "<li>Жалпы декларация боюнча угармандарга сыйлыктары бар радио викторина.</li>"
            "<li>Студенттер менен бирге «Биз укуктарыбызды билебиз» көчө акциясы.</li>"
            "<li>Ачык эшиктер күнү: кабыл алуу бөлмөлөрүнүн юристтери күнү бою акысыз кеңеш беришет.</li></ul>",
            en="<p>On 10 December the world marks Human Rights Day, the anniversary of the Universal "
            "Declaration of Human Rights. This year the network's organisations are preparing a series of "
            "events for young people and everyone living in the southern regions.</p><ul>"
            "<li>A “My rights” children's drawing competition in schools in Osh, Jalal-Abad and Batken.</li>"
            "<li>A radio quiz on the Universal Declaration, with prizes for listeners.</li>"
            "<li>A “We know our rights” street action with students.</li>"
            "<li>An open day: the reception lawyers give free advice all day.</li></ul>",
        )
    ),
    callout(
        title=T(ru="Как присоединиться", ky="Кантип кошулса болот", en="How to join"),
        text=T(
            ru="<p>Школы, вузы и местные организации, которые хотят участвовать, могут написать нам до "
            "5 декабря.</p>",
            ky="<p>Катышууну каалаган мектептер, жогорку окуу жайлар жана жергиликтүү уюмдар бизге "
            "5-декабрга чейин жазышса болот.</p>",
            en="<p>Schools, universities and local organisations that would like to take part can write to us "
            "by 5 December.</p>",
        ),
    ),
]

TOT = [
    paragraph(
        T(
            ru="<p>Участницы — лидеры женских организаций из разных регионов двух стран — разбирали, как "
            "давление на журналистов и активистов и новые ограничительные законы влияют на правозащитную "
            "работу и как вести независимый мониторинг нарушений. Отдельная сессия была посвящена женщинам, "
            "живущим в приграничных районах, и национальным планам действий по резолюции 1325 Совета "
            "Безопасности ООН.</p><p>По итогам тренинга участницы договорились создать площадку для диалога "
            "на случай кризисов и адаптируют полученные модули для занятий в своих общинах.</p>",
            ky="<p>Катышуучулар — эки өлкөнүн ар кайсы аймактарындагы аялдар уюмдарынын лидерлери — "
            "журналисттерге жана активисттерге болгон кысым жана жаңы чектөөчү мыйзамдар укук коргоо ишине "
            "кандай таасир этерин жана укук бузууларга көз карандысыз мониторингди кантип жүргүзүүнү "
            "талкуулашты. Өзүнчө сессия чек ара аймактарында жашаган аялдарга жана БУУнун Коопсуздук "
            "Кеңешинин 1325-резолюциясы боюнча улуттук иш-аракет пландарына арналды.</p><p>Тренингдин "
            "жыйынтыгында катышуучулар кризис учурунда диалог аянтчасын түзүүгө макулдашып, алган модулдарын "
            "өз жамааттарындагы сабактарга ылайыкташтырып жатышат.</p>",
            en="<p>The participants, leaders of women's organisations from different regions of both countries, "
            "looked at how pressure on journalists and activists and new restrictive laws affect human-rights "
            "work, and how to monitor violations independently. A separate session focused on women living in "
            "border areas and on national action plans under UN Security Council Resolution 1325.</p><p>At "
            "the end, the participants agreed to set up a platform for dialogue in times of crisis, and they "
            "are adapting the training modules for sessions in their own communities.</p>",
        )
    ),
]

HATE_SPEECH = [
    paragraph(
        T(
            ru="<p>Сначала кампанию задумывали только о ЛГБТ-сообществе, но участники коалиции решили, что "
            "стигма и оскорбления в СМИ и соцсетях бьют по всем четырём группам. Предыдущий ролик коалиции, "
            "в котором снялись известные в стране люди, за три дня посмотрели более 150 тысяч человек.</p>"
            "<p>В новой кампании будут короткие видео, памятка для журналистов о корректных словах и разбор "
            "типичных оскорбительных выражений.</p>",
            ky="<p>Алгач кампания ЛГБТ жамааты тууралуу гана болот деп пландалган, бирок коалициянын мүчөлөрү "
            "ЖМКдагы жана социалдык тармактардагы стигма менен кемсинтүүлөр төрт топтун баарына тең тийет деп "
            "чечишти. Коалициянын өлкөгө белгилүү адамдар тартылган мурунку видеосун үч күндө 150 миңден ашык "
            "адам көргөн.</p><p>Жаңы кампанияда кыска видеолор, журналисттер үчүн туура сөздөр боюнча эскертме "
            "жана кеңири тараган кемсинтүүчү сөздөрдүн талдоосу болот.</p>",
            en="<p>The campaign was first planned around the LGBT community alone, but the coalition's members "
            "decided that stigma and insults in the media and on social networks hit all four groups. The "
            "coalition's previous video, featuring well-known people from across the country, was watched by "
            "more than 150,000 people in three days.</p><p>The new campaign will include short videos, a guide "
            "for journalists on respectful language and a look at common insulting expressions.</p>",
        )
    ),
]

CBPR = T(
    ru="<p>Курс рассчитан на сотрудников и активистов общественных организаций, которые хотят сами "
    "исследовать проблемы своих сообществ и добиваться перемен на основе данных. Он ведёт от вопроса "
    "исследования и этики через сбор и анализ данных к тому, как превратить результаты в действия.</p>"
    "<p>Модули «Анализ данных» и «Социальные перемены: как превратить знания в действия» откроются в "
    "ближайшие недели; по анализу данных пройдёт живой вебинар с ответами на вопросы участников.</p>",
    ky="<p>Курс коомдук уюмдардын кызматкерлерине жана активисттерине арналган: алар өз жамааттарынын "
    "көйгөйлөрүн өздөрү изилдеп, маалыматтарга таянып өзгөрүүгө жетишүүнү каалашат. Курс изилдөө "
    "суроосунан жана этикадан баштап, маалымат чогултуу жана талдоо аркылуу жыйынтыктарды аракетке "
    "айлантууга чейин алып барат.</p><p>«Маалыматтарды талдоо» жана «Коомдук өзгөрүүлөр: билимди аракетке "
    "айлантуу» модулдары жакынкы жумаларда ачылат; маалыматтарды талдоо боюнча катышуучулардын суроолоруна "
    "жооп берилген түз вебинар өтөт.</p>",
    en="<p>The course is for staff and activists of community organisations who want to research their "
    "communities' problems themselves and push for change based on evidence. It leads from the research "
    "question and ethics, through collecting and analysing data, to turning findings into action.</p>"
    "<p>The modules “Data analysis” and “Bringing about social change: translating knowledge into action” "
    "open in the coming weeks, and a live webinar on data analysis will answer participants' questions.</p>",
)


# The news tags' names in each language (a tag is the same in every language; its name is translated).
TAG_NAMES = {
    "human-rights-day": T(ru="День прав человека", ky="Адам укуктарынын күнү", en="Human Rights Day"),
    "youth": T(ru="Молодёжь", ky="Жаштар", en="Youth"),
    "cbpr": T(ru="CBPR", ky="CBPR", en="CBPR"),
    "learning": T(ru="Обучение", ky="Окуу", en="Learning"),
    "tot": T(ru="Тренинг для тренеров", ky="Тренерлер үчүн тренинг", en="Training of trainers"),
    "women": T(ru="Женщины", ky="Аялдар", en="Women"),
    "coalition": T(ru="Коалиция", ky="Коалиция", en="Coalition"),
    "hate-speech": T(ru="Язык вражды", ky="Жек көрүү тили", en="Hate speech"),
}

# The news items' addresses in Kyrgyz words (the Russian and English pages share the English slug).
KYRGYZ_SLUGS = {
    "human-rights-day-10-december": {"ky": "adam-ukuktary-kunu-10-dekabr"},
    "cbpr-course-open": {"ky": "cbpr-kursu-achyldy"},
    "tot-women-human-rights-defenders": {"ky": "ukuk-korgoochu-ayaldar-uchun-tot"},
    "coalition-against-hate-speech": {"ky": "jek-koruu-tiline-karshy-koalitsiya"},
}


def ensure_news(home, cbpr_course, pictures, locales, today=None):
    """The news index with four items; returns the index."""
    today = today or date.today()
    index = ensure_page(
        home,
        NewsIndexPage,
        "news",
        {
            "title": T(ru="Новости", ky="Жаңылыктар", en="News"),
            "intro": T(
                ru="События сети, кампании и новости наших партнёров.",
                ky="Тармактын окуялары, кампаниялар жана өнөктөштөрүбүздүн жаңылыктары.",
                en="Network events, campaigns and news from our partners.",
            ),
        },
        locales,
    )
    items = [
        (
            "human-rights-day-10-december",
            {
                "title": T(
                    ru="10 декабря — День прав человека: акции в Оше, Джалал-Абаде и Баткене",
                    ky="10-декабрь — Адам укуктарынын күнү: Ош, Жалал-Абад жана Баткенде иш-чаралар",
                    en="10 December, Human Rights Day: events in Osh, Jalal-Abad and Batken",
                ),
                "date": today - timedelta(days=2),
                "summary": T(
                    ru="Конкурс рисунков для школьников, радиовикторина, уличная акция «Мы знаем свои права» "
                    "и бесплатные консультации юристов.",
                    ky="Окуучулар үчүн сүрөт сынагы, радио викторина, «Биз укуктарыбызды билебиз» көчө "
                    "акциясы жана юристтердин акысыз кеңештери.",
                    en="A drawing competition for schoolchildren, a radio quiz, a “We know our rights” street "
                    "action and free legal advice.",
                ),
                **picture(pictures, "human_rights_day"),
                "body": HUMAN_RIGHTS_DAY,
            },
            ["human-rights-day", "youth"],
        ),
        (
            "cbpr-course-open",
            {
                "title": T(
                    ru="Открыта запись на курс об исследованиях с участием сообществ",
                    ky="Жамааттын катышуусу менен изилдөө курсуна каттоо ачылды",
                    en="Enrolment opens for the community-based participatory research course",
                ),
                "date": today - timedelta(days=12),
                "summary": T(
                    ru="Семь модулей, 75 евро за весь курс; первые два модуля уже открыты, остальные будут "
                    "открываться раз в две недели.",
                    ky="Жети модуль, бүт курс үчүн 75 евро; алгачкы эки модуль ачык, калгандары эки жумада бир "
                    "ачылат.",
                    en="Seven modules, 75 euros for the whole course; the first two modules are open and the "
                    "rest follow every two weeks.",
                ),
                **picture(pictures, "cbpr"),
                "body": [
                    paragraph(CBPR),
                    call_to_action(
                        title=T(ru="Программа курса", ky="Курстун программасы", en="The course programme"),
                        page=cbpr_course,
                        button_label=T(ru="Подробнее", ky="Толугураак", en="Read more"),
                    ),
                ],
            },
            ["cbpr", "learning"],
        ),
        (
            "tot-women-human-rights-defenders",
            {
                "title": T(
                    ru="Правозащитницы Кыргызстана и Казахстана прошли тренинг для тренеров",
                    ky="Кыргызстан менен Казакстандын укук коргоочу аялдары тренерлер үчүн тренингден өтүштү",
                    en="Women human-rights defenders from Kyrgyzstan and Kazakhstan complete a training of "
                    "trainers",
                ),
                "date": today - timedelta(days=30),
                "summary": T(
                    ru="Три дня о свободе слова, документировании нарушений, правах женщин в приграничных "
                    "районах и общей стратегии реагирования на кризисы.",
                    ky="Сөз эркиндиги, укук бузууларды документтештирүү, чек ара аймактарындагы аялдардын "
                    "укуктары жана кризистерге жооп берүүнүн жалпы стратегиясы тууралуу үч күн.",
                    en="Three days on freedom of expression, documenting violations, the rights of women in "
                    "border areas and a shared strategy for responding to crises.",
                ),
                **picture(pictures, "tot"),
                "body": TOT,
            },
            ["tot", "women"],
        ),
        (
            "coalition-against-hate-speech",
            {
                "title": T(
                    ru="Коалиция четырёх сообществ готовит кампанию против языка вражды",
                    ky="Төрт жамааттын коалициясы жек көрүү тилине каршы кампания даярдап жатат",
                    en="The Coalition of Four Communities prepares a campaign against hate speech",
                ),
                "date": today - timedelta(days=45),
                "summary": T(
                    ru="Организации людей, употребляющих наркотики, секс-работниц, людей, живущих с ВИЧ, и "
                    "ЛГБТ-людей выступят вместе.",
                    ky="Баңгизат колдонгон адамдардын, секс-кызматкерлердин, ВИЧ менен жашаган адамдардын "
                    "жана ЛГБТ адамдардын уюмдары бирге чыгышат.",
                    en="Organisations of people who use drugs, sex workers, people living with HIV and LGBT "
                    "people will speak with one voice.",
                ),
                **picture(pictures, "coalition"),
                "body": HATE_SPEECH,
            },
            ["coalition", "hate-speech"],
        ),
    ]
    for slug, fields, tags in items:
        item = ensure_page(index, NewsPage, slug, fields, locales, slugs=KYRGYZ_SLUGS[slug])
        tag_in_every_language(item, tags)
    ensure_tag_names(locales)
    return index


def tag_in_every_language(item, tags):
    """Give the news item and each of its translations the same `tags` (tags are shared; their names are
    translated), publishing the change where it was missing."""
    for page in item.get_translations(inclusive=True).specific():
        if not page.tags.exists():
            page.tags.add(*tags)
            page.save_revision(log_action=False).publish(log_action=False)


def ensure_tag_names(locales):
    """Each demo tag's name in Russian, with its Kyrgyz and English translations."""
    for slug, names in TAG_NAMES.items():
        tag, _created = Tag.objects.get_or_create(name=slug, defaults={"slug": slug})
        ensure_snippet(
            TagName,
            slug,
            lambda language, tag=tag, names=names: TagName(tag=tag, name=resolve(names, language)),
            locales,
        )
