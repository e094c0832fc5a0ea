"""Partner snippets (member NGOs and coalition members) and the partners page."""

from website.partners.models import Partner, PartnersPage

from .localize import ensure_page, ensure_snippet
from .media import ensure_image
from .text import T, paragraph, resolve

KYRGYZSTAN = T(ru="Кыргызстан", ky="Кыргызстан", en="Kyrgyzstan")
BISHKEK = T(ru="Бишкек", ky="Бишкек", en="Bishkek")

PARTNERS = [
    (
        "advocacy-center",
        Partner.Kind.MEMBER,
        T(
            ru="Ассоциация ННО «Правозащитный адвокационный центр»",
            ky="«Укук коргоо адвокациялык борбору» БӨУ ассоциациясы",
            en="Association of NGOs “Human Rights Advocacy Center”",
        ),
        T(ru="Ош, Джалал-Абад, Баткен", ky="Ош, Жалал-Абад, Баткен", en="Osh, Jalal-Abad, Batken"),
        T(
            ru="Объединение 24 правозащитных организаций юга страны, созданное в 2005 году: бесплатная "
            "юридическая помощь, мониторинг судов, стратегические дела.",
            ky="2005-жылы түзүлгөн, өлкөнүн түштүгүндөгү 24 укук коргоо уюмунун бирикмеси: акысыз юридикалык "
            "жардам, соттордун мониторинги, стратегиялык иштер.",
            en="An association of 24 human-rights organisations in the south, founded in 2005: free legal aid, "
            "trial monitoring, strategic cases.",
        ),
    ),
    (
        "advocacy-and-education-program",
        Partner.Kind.MEMBER,
        T(
            ru="Программа адвокации и образования",
            ky="Адвокация жана билим берүү программасы",
            en="Advocacy and Education Program",
        ),
        KYRGYZSTAN,
        T(
            ru="Защита прав ЛГБТ-людей: документирование нарушений, адвокация и обучение специалистов.",
            ky="ЛГБТ адамдардын укуктарын коргоо: укук бузууларды документтештирүү, адвокация жана адистерди "
            "окутуу.",
            en="Defending the rights of LGBT people: documenting violations, advocacy and training "
            "professionals.",
        ),
    ),
    (
        "asteria",
        Partner.Kind.MEMBER,
        T(ru="«Астерия»", ky="«Астерия»", en="Asteria"),
        KYRGYZSTAN,
        T(
            ru="Организация женщин, употребляющих наркотики; участница Коалиции четырёх сообществ.",
            ky="Баңгизат колдонгон аялдардын уюму; Төрт жамааттын коалициясынын мүчөсү.",
            en="An organisation of women who use drugs; a member of the Coalition of Four Communities.",
        ),
    ),
    (
        "tais-plus",
        Partner.Kind.MEMBER,
        T(ru="«Таис Плюс»", ky="«Таис Плюс»", en="Tais Plus"),
        KYRGYZSTAN,
        T(
            ru="Организация, защищающая права секс-работниц; участница Коалиции четырёх сообществ.",
            ky="Секс-кызматкерлердин укуктарын коргогон уюм; Төрт жамааттын коалициясынын мүчөсү.",
            en="An organisation defending the rights of sex workers; a member of the Coalition of Four "
            "Communities.",
        ),
    ),
    (
        "labrys",
        Partner.Kind.MEMBER,
        T(ru="«Лабрис»", ky="«Лабрис»", en="Labrys"),
        KYRGYZSTAN,
        T(
            ru="ЛГБТ-организация; участница Коалиции четырёх сообществ.",
            ky="ЛГБТ уюму; Төрт жамааттын коалициясынын мүчөсү.",
            en="An LGBT organisation; a member of the Coalition of Four Communities.",
        ),
    ),
    (
        "harm-reduction-network",
        Partner.Kind.MEMBER,
        T(
            ru="Ассоциация «Сеть снижения вреда»",
            ky="«Зыянды азайтуу тармагы» ассоциациясы",
            en="Harm Reduction Network Association",
        ),
        KYRGYZSTAN,
        T(
            ru="Объединение людей, употребляющих наркотики; участница Коалиции четырёх сообществ.",
            ky="Баңгизат колдонгон адамдардын бирикмеси; Төрт жамааттын коалициясынын мүчөсү.",
            en="An association of people who use drugs; a member of the Coalition of Four Communities.",
        ),
    ),
    (
        "bir-duino",
        Partner.Kind.PARTNER,
        T(
            ru="Правозащитное движение «Бир Дуйно — Кыргызстан»",
            ky="«Бир Дүйнө — Кыргызстан» укук коргоо кыймылы",
            en="Human Rights Movement “Bir Duino – Kyrgyzstan”",
        ),
        BISHKEK,
        T(
            ru="Проводит тренинги для тренеров по женскому лидерству и правам человека в Центральной Азии.",
            ky="Борбордук Азияда аялдардын лидерлиги жана адам укуктары боюнча тренерлер үчүн тренингдерди "
            "өткөрөт.",
            en="Runs training of trainers on women's leadership and human rights in Central Asia.",
        ),
    ),
    (
        "forum-of-womens-ngos",
        Partner.Kind.PARTNER,
        T(
            ru="Форум женских НПО Кыргызстана",
            ky="Кыргызстандын аялдар бейөкмөт уюмдарынын форуму",
            en="Forum of Women's NGOs of Kyrgyzstan",
        ),
        BISHKEK,
        T(
            ru="Сеть женских организаций; партнёр в обучении правозащитниц.",
            ky="Аялдар уюмдарынын тармагы; укук коргоочу аялдарды окутуудагы өнөктөш.",
            en="A network of women's organisations; a partner in training women human-rights defenders.",
        ),
    ),
]


def _partner_builder(order, kind, name, region, description, logo):
    def build(language):
        return Partner(
            name=resolve(name, language),
            kind=kind,
            region=resolve(region, language),
            description=resolve(description, language),
            logo=logo,
            sort_order=order,
        )

    return build


def ensure_partners(home, locales):
    """Every partner snippet (with a generated logo) and the partners page; returns the page."""
    for order, (key, kind, name, region, description) in enumerate(PARTNERS, start=1):
        logo = ensure_image(f"Логотип: {name.ru}", "monogram", size=(240, 240), seed=order)
        ensure_snippet(Partner, key, _partner_builder(order, kind, name, region, description, logo), locales)
    intro = T(
        ru="<p>«Бирге» — это прежде всего люди и организации. Ниже — члены сети и партнёры, с которыми мы "
        "работаем вместе.</p>",
        ky="<p>«Бирге» — бул баарынан мурда адамдар жана уюмдар. Төмөндө — тармактын мүчөлөрү жана биз "
        "бирге иштеген өнөктөштөр.</p>",
        en="<p>Birge is people and organisations first. Below are the network's members and the partners we "
        "work with.</p>",
    )
    return ensure_page(
        home,
        PartnersPage,
        "partners",
        {"title": T(ru="Партнёры", ky="Өнөктөштөр", en="Partners"), "body": [paragraph(intro)]},
        locales,
    )
