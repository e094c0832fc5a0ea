"""Topics and educational articles, among them how to document a rights violation."""

from website.articles.models import ArticleIndexPage, ArticlePage
from website.core.models import Topic

from .localize import ensure_page, ensure_snippet
from .media import picture
from .text import T, callout, paragraph, quote, resolve

TOPICS = {
    "rights": T(ru="Права человека", ky="Адам укуктары", en="Human rights"),
    "sogi": T(
        ru="Сексуальная ориентация и гендерная идентичность",
        ky="Сексуалдык ориентация жана гендердик иденттүүлүк",
        en="Sexual orientation and gender identity",
    ),
    "health": T(ru="Здоровье", ky="Ден соолук", en="Health"),
    "legal-aid": T(ru="Юридическая помощь", ky="Юридикалык жардам", en="Legal aid"),
    "safety": T(ru="Безопасность", ky="Коопсуздук", en="Safety"),
}

DOCUMENTING = [
    paragraph(
        T(
            ru="<p>Документирование — это запись того, что произошло, так, чтобы ею можно было воспользоваться "
            "потом: в жалобе, в суде, в отчёте для международных органов. Хорошая запись помогает конкретному "
            "человеку восстановить свои права, а много записей вместе показывают, что нарушения носят "
            "системный характер.</p>",
            ky="<p>Документтештирүү — бул болгон окуяны кийин колдонсо боло тургандай кылып жазып алуу: "
            "даттанууда, сотто, эл аралык органдар үчүн отчётто. Жакшы жазуу конкреттүү адамга укугун калыбына "
            "келтирүүгө жардам берет, ал эми көп жазуулар чогуу укук бузуулар системалуу экенин көрсөтөт.</p>",
            en="<p>Documenting means recording what happened in a way that can be used later: in a complaint, "
            "in court, in a report to international bodies. A good record helps one person restore their "
            "rights; many records together show that violations are systematic.</p>",
        )
    ),
    paragraph(
        T(
            ru="<h2>Что записать</h2><ul><li><b>Что</b> произошло — по порядку, своими словами.</li>"
            "<li><b>Когда</b> — дата и примерное время.</li>"
            "<li><b>Где</b> — адрес, учреждение, номер кабинета или машины.</li>"
            "<li><b>Кто</b> — имена, должности, приметы, номера жетонов.</li>"
            "<li><b>Кто видел</b> — свидетели и как с ними связаться.</li>"
            "<li><b>Последствия</b> — травмы, потерянная работа, деньги, страх.</li></ul>",
            ky="<h2>Эмнени жазып алуу керек</h2><ul><li><b>Эмне</b> болду — ырааты менен, өз сөзүңүз менен.</li>"
            "<li><b>Качан</b> — датасы жана болжолдуу убактысы.</li>"
            "<li><b>Кайда</b> — дареги, мекеме, кабинеттин же унаанын номери.</li>"
            "<li><b>Ким</b> — аттары, кызматтары, сырткы белгилери, төш белгилеринин номерлери.</li>"
            "<li><b>Ким көрдү</b> — күбөлөр жана алар менен кантип байланышса болот.</li>"
            "<li><b>Кесепеттери</b> — жаракаттар, жоголгон жумуш, акча, коркуу.</li></ul>",
            en="<h2>What to write down</h2><ul><li><b>What</b> happened, in order and in your own words.</li>"
            "<li><b>When</b>: the date and approximate time.</li>"
            "<li><b>Where</b>: the address, institution, office or vehicle number.</li>"
            "<li><b>Who</b>: names, positions, appearance, badge numbers.</li>"
            "<li><b>Who saw it</b>: witnesses and how to reach them.</li>"
            "<li><b>Consequences</b>: injuries, lost work, money, fear.</li></ul>",
        )
    ),
    paragraph(
        T(
            ru="<h2>Какие доказательства сохранить</h2><p>Фотографии травм и повреждений с датой, медицинские "
            "справки, копии документов, которые вам выдали или заставили подписать, скриншоты сообщений и "
            "угроз. Не отдавайте оригиналы — делайте копии. Если вы получили травму, как можно скорее "
            "обратитесь к врачу и попросите записать всё в медицинскую карту.</p>",
            ky="<h2>Кандай далилдерди сактоо керек</h2><p>Жаракаттардын жана бузулган буюмдардын датасы "
            "көрсөтүлгөн сүрөттөрү, медициналык маалымкаттар, сизге берилген же кол коюуга мажбурланган "
            "документтердин көчүрмөлөрү, билдирүүлөрдүн жана коркутуулардын скриншоттору. Түп нускаларды "
            "бербеңиз — көчүрмөсүн алыңыз. Жаракат алсаңыз, мүмкүн болушунча тезирээк дарыгерге барып, "
            "баарын медициналык картаңызга жазып коюуну сураныңыз.</p>",
            en="<h2>What evidence to keep</h2><p>Dated photos of injuries and damage, medical certificates, "
            "copies of documents you were given or made to sign, screenshots of messages and threats. Do not "
            "hand over originals: make copies. If you were injured, see a doctor as soon as you can and ask "
            "for everything to be written in your medical record.</p>",
        )
    ),
    callout(
        title=T(ru="Сначала — безопасность", ky="Адегенде — коопсуздук", en="Safety first"),
        text=T(
            ru="<p>Не рискуйте ради записи. Храните заметки там, где их не найдут люди, от которых исходит "
            "угроза: например, в защищённой папке или у доверенного человека. Если вы документируете чужой "
            "случай, спросите согласия и не публикуйте имена без разрешения.</p>",
            ky="<p>Жазуу үчүн тобокелге барбаңыз. Жазууларды сизге коркунуч келтирген адамдар таба албаган "
            "жерде сактаңыз: мисалы, корголгон папкада же ишенген адамыңызда. Башка бирөөнүн окуясын "
            "документтештирсеңиз, анын макулдугун сураңыз жана уруксатсыз аттарды жарыялабаңыз.</p>",
            en="<p>Do not take risks for the sake of a record. Keep your notes where the people threatening "
            "you cannot find them, for example in a protected folder or with someone you trust. If you are "
            "documenting someone else's case, ask for their consent and never publish names without "
            "permission.</p>",
        ),
        style="safety",
    ),
    paragraph(
        T(
            ru="<h2>Что дальше</h2><p>Передайте записи юристу сети. Вместе вы решите, подавать ли жалобу "
            "сейчас. Даже если вы решите подождать, случай можно учесть в обезличенном виде в отчётах — это "
            "помогает добиваться перемен для всех.</p>",
            ky="<h2>Андан кийин эмне</h2><p>Жазууларды тармактын юристине өткөрүп бериңиз. Даттанууну азыр "
            "берүү керекпи, жокпу, чогуу чечесиз. Күтүүнү чечсеңиз да, окуяны аты-жөнү көрсөтүлбөгөн түрдө "
            "отчёттордо эске алса болот — бул баары үчүн өзгөрүүгө жетишүүгө жардам берет.</p>",
            en="<h2>What next</h2><p>Take your notes to one of the network's lawyers. Together you will decide "
            "whether to complain now. Even if you decide to wait, the case can be counted, anonymised, in "
            "reports, which helps bring change for everyone.</p>",
        )
    ),
]

SOGI = [
    paragraph(
        T(
            ru="<p><b>Сексуальная ориентация</b> — это то, к людям какого пола человек испытывает влечение и с "
            "кем строит близкие отношения. <b>Гендерная идентичность</b> — внутреннее ощущение себя мужчиной, "
            "женщиной или иначе; оно может совпадать или не совпадать с полом, записанным при рождении.</p>",
            ky="<p><b>Сексуалдык ориентация</b> — адам кайсы жыныстагы адамдарга тартыларын жана ким менен "
            "жакын мамиле курарын билдирет. <b>Гендердик иденттүүлүк</b> — адамдын өзүн эркек, аял же башкача "
            "сезиши; ал төрөлгөндө жазылган жыныс менен дал келиши же келбеши мүмкүн.</p>",
            en="<p><b>Sexual orientation</b> is about whom a person is attracted to and forms close "
            "relationships with. <b>Gender identity</b> is a person's inner sense of being a man, a woman or "
            "something else; it may or may not match the sex recorded at birth.</p>",
        )
    ),
    paragraph(
        T(
            ru="<h2>Почему это вопрос прав человека</h2><p>Права человека универсальны: право на жизнь, на "
            "защиту от пыток, на медицинскую помощь, на работу и на справедливый суд не зависят от того, кого "
            "человек любит и кем себя ощущает. Когда ЛГБТ-людей избивают, шантажируют, увольняют или "
            "отказывают им в лечении, нарушаются те же права, что есть у всех.</p>",
            ky="<h2>Бул эмне үчүн адам укуктарынын маселеси</h2><p>Адам укуктары универсалдуу: жашоого, "
            "кыйноодон корголууга, медициналык жардамга, эмгекке жана адилет сотко болгон укук адамдын кимди "
            "сүйгөнүнө жана өзүн ким катары сезгенине көз каранды эмес. ЛГБТ адамдарды сабаганда, шантаж "
            "кылганда, жумуштан бошоткондо же дарылоодон баш тартканда, баарында бар ошол эле укуктар "
            "бузулат.</p>",
            en="<h2>Why it is a human-rights matter</h2><p>Human rights are universal: the rights to life, to "
            "freedom from torture, to health care, to work and to a fair trial do not depend on whom a person "
            "loves or how they see themselves. When LGBT people are beaten, blackmailed, fired or refused "
            "treatment, the same rights are violated that everyone has.</p>",
        )
    ),
    quote(
        T(
            ru="Права человека не нужно заслуживать: они принадлежат каждому от рождения.",
            ky="Адам укуктарын татып алуунун кереги жок: алар ар бир адамга төрөлгөндөн тартып таандык.",
            en="Human rights do not have to be earned: everyone has them from birth.",
        ),
        attribution=T(
            ru="Из занятия для журналистов",
            ky="Журналисттер үчүн сабактан",
            en="From a session for journalists",
        ),
    ),
]


def ensure_topics(locales):
    """The shared topics (a Topic snippet each), by slug."""

    def builder(slug):
        return lambda language: Topic(name=resolve(TOPICS[slug], language), slug=slug)

    return {slug: ensure_snippet(Topic, slug, builder(slug), locales) for slug in TOPICS}


def ensure_articles(home, topics, pictures, locales):
    """The article index and its articles; returns the article on documenting violations."""
    index = ensure_page(
        home,
        ArticleIndexPage,
        "articles",
        {
            "title": T(ru="Статьи", ky="Макалалар", en="Articles"),
            "intro": T(
                ru="Простым языком о правах человека, здоровье, безопасности и о том, где искать помощь.",
                ky="Адам укуктары, ден соолук, коопсуздук жана жардамды кайдан издөө керектиги тууралуу "
                "жөнөкөй тил менен.",
                en="Plain-language pieces on human rights, health, safety and where to find help.",
            ),
        },
        locales,
    )
    documenting = ensure_page(
        index,
        ArticlePage,
        "documenting-rights-violations",
        {
            "title": T(
                ru="Как задокументировать нарушение прав",
                ky="Укук бузууну кантип документтештирүү керек",
                en="How to document a rights violation",
            ),
            "summary": T(
                ru="Что записать, какие доказательства сохранить и как при этом не навредить себе: пошаговая "
                "памятка.",
                ky="Эмнени жазып алуу, кандай далилдерди сактоо жана ошол эле учурда өзүңүзгө кантип зыян "
                "келтирбөө керек: кадам-кадам эскертме.",
                en="What to write down, which evidence to keep and how to stay safe while doing it: a "
                "step-by-step guide.",
            ),
            **picture(pictures, "documenting"),
            "topics": [topics["rights"], topics["legal-aid"], topics["safety"]],
            "body": DOCUMENTING,
        },
        locales,
    )
    ensure_page(
        index,
        ArticlePage,
        "what-sogi-means",
        {
            "title": T(
                ru="СОГИ: что означают эти буквы",
                ky="СОГИ: бул тамгалар эмнени билдирет",
                en="SOGI: what the letters stand for",
            ),
            "summary": T(
                ru="Коротко о сексуальной ориентации и гендерной идентичности и о том, почему это вопрос прав "
                "человека.",
                ky="Сексуалдык ориентация жана гендердик иденттүүлүк тууралуу кыскача жана бул эмне үчүн адам "
                "укуктарынын маселеси экени жөнүндө.",
                en="A short introduction to sexual orientation and gender identity, and why they are a "
                "human-rights matter.",
            ),
            **picture(pictures, "sogi"),
            "topics": [topics["sogi"], topics["rights"]],
            "body": SOGI,
        },
        locales,
    )
    return documenting
