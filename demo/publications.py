"""The publications index and a monitoring report with a generated PDF."""

from datetime import date, timedelta

from website.publications.models import PublicationIndexPage, PublicationPage

from .localize import ensure_page
from .media import ALT_TEXTS, ensure_document, report_pdf
from .text import T, paragraph

REPORT_TITLE = "Права четырёх сообществ: итоги мониторинга"
REPORT_SECTIONS = [
    (
        "Зачем нужен мониторинг",
        [
            "Люди, употребляющие наркотики, секс-работницы, люди, живущие с ВИЧ, и ЛГБТ-люди редко жалуются "
            "официально: они боятся огласки и не верят, что жалоба что-то изменит. Мониторинг, который ведут "
            "равные консультанты из самих сообществ, позволяет увидеть нарушения, о которых иначе никто бы не "
            "узнал.",
        ],
    ),
    (
        "Как собирались данные",
        [
            "Консультанты записывали случаи по единой форме: что произошло, где, кто участвовал, какие есть "
            "доказательства и согласен ли человек на дальнейшие действия. Юристы проверяли записи и помогали "
            "тем, кто решил подать жалобу. Все записи обезличены.",
        ],
    ),
    (
        "Что мы увидели",
        [
            "Чаще всего люди рассказывали о вымогательстве и унижениях со стороны сотрудников милиции, о "
            "разглашении диагноза и отказе в медицинской помощи, а также об увольнениях после того, как на "
            "работе узнавали о ВИЧ-статусе или ориентации.",
            "Многие не знали, что врачебная тайна охраняется законом и что за её нарушение можно жаловаться.",
        ],
    ),
    (
        "Рекомендации",
        [
            "Обучать сотрудников милиции и медицинских учреждений работе с представителями сообществ без "
            "дискриминации.",
            "Обеспечить конфиденциальность медицинских данных и расследовать случаи её нарушения.",
            "Поддерживать равное консультирование и бесплатную юридическую помощь.",
        ],
    ),
]


def build_report():
    return report_pdf(
        REPORT_TITLE,
        "Краткий отчёт Коалиции четырёх сообществ и сети «Бирге»",
        REPORT_SECTIONS,
        "Демонстрационный документ сайта «Бирге»: содержание приведено для примера.",
    )


def ensure_publications(home, cover, locales, today=None):
    """The publications index with one report; returns the index."""
    today = today or date.today()
    index = ensure_page(
        home,
        PublicationIndexPage,
        "publications",
        {
            "title": T(ru="Публикации", ky="Басылмалар", en="Publications"),
            "intro": T(
                ru="Отчёты, бюллетени и руководства сети. Все материалы можно скачать бесплатно.",
                ky="Тармактын отчёттору, бюллетендери жана колдонмолору. Бардык материалдарды акысыз жүктөп "
                "алса болот.",
                en="The network's reports, bulletins and guides. Everything can be downloaded free of charge.",
            ),
        },
        locales,
    )
    report = ensure_document(f"{REPORT_TITLE} (PDF)", "rights-of-four-communities.pdf", build_report)
    ensure_page(
        index,
        PublicationPage,
        "rights-of-four-communities",
        {
            "title": T(
                ru=REPORT_TITLE,
                ky="Төрт жамааттын укуктары: мониторингдин жыйынтыктары",
                en="The rights of four communities: monitoring findings",
            ),
            "kind": PublicationPage.Kind.REPORT,
            "date": today - timedelta(days=60),
            "summary": T(
                ru="Краткий отчёт о том, с какими нарушениями сталкиваются люди, употребляющие наркотики, "
                "секс-работницы, люди, живущие с ВИЧ, и ЛГБТ-люди, и что нужно изменить.",
                ky="Баңгизат колдонгон адамдар, секс-кызматкерлер, ВИЧ менен жашаган адамдар жана ЛГБТ "
                "адамдар кандай укук бузууларга кабылары жана эмнени өзгөртүү керектиги тууралуу кыскача "
                "отчёт.",
                en="A short report on the violations faced by people who use drugs, sex workers, people living "
                "with HIV and LGBT people, and on what needs to change.",
            ),
            "cover": cover,
            "cover_alt": ALT_TEXTS["report_cover"],
            "document": report,
            "body": [
                paragraph(
                    T(
                        ru="<p>Мониторинг вели равные консультанты из самих сообществ вместе с юристами. Отчёт "
                        "описывает, как собирались случаи, какие нарушения встречаются чаще всего — в "
                        "отношениях с милицией, в медицинских учреждениях и на работе, — и предлагает "
                        "рекомендации государственным органам. Полный текст пока доступен на русском "
                        "языке.</p>",
                        ky="<p>Мониторингди жамааттардын өздөрүнөн чыккан тең консультанттар юристтер менен "
                        "бирге жүргүзүштү. Отчётто окуялар кантип чогултулганы, кайсы укук бузуулар көбүрөөк "
                        "кездешери — милиция менен мамиледе, медициналык мекемелерде жана жумушта — "
                        "сүрөттөлүп, мамлекеттик органдарга сунуштар берилет. Толук тексти азырынча орус "
                        "тилинде гана бар.</p>",
                        en="<p>The monitoring was carried out by peer counsellors from the communities "
                        "themselves, together with lawyers. The report describes how cases were collected "
                        "and which violations are most common, in dealings with the police, in health "
                        "facilities and at work, and makes recommendations to state bodies. The full text is "
                        "available in Russian for now.</p>",
                    )
                )
            ],
        },
        locales,
    )
    return index
