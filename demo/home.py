"""The home page: the site root in Russian, with its Kyrgyz and English translations."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from website.core.sites import set_site_address
from website.home.models import HomePage

from .localize import ensure_page, update_page
from .media import ALT_TEXTS
from .text import SOURCE_LANGUAGE, T, call_to_action, callout, paragraph

SLUG = "home"

WHAT_WE_DO = T(
    ru="<h2>Что мы делаем</h2><ul>"
    "<li><b>Юридическая помощь.</b> Юристы сети бесплатно консультируют, помогают составить жалобу "
    "и сопровождают дело в суде.</li>"
    "<li><b>Документирование.</b> Мы записываем случаи нарушения прав, чтобы помочь конкретному человеку "
    "и чтобы у общества были доказательства для перемен.</li>"
    "<li><b>Обучение.</b> Онлайн-курсы и тренинги для тренеров готовят активистов, которые потом учат "
    "других в своих регионах.</li>"
    "<li><b>Адвокация.</b> На основе собранных данных мы готовим отчёты и предложения для государственных "
    "органов и международных механизмов.</li></ul>",
    ky="<h2>Биз эмне кылабыз</h2><ul>"
    "<li><b>Юридикалык жардам.</b> Тармактын юристтери акысыз кеңеш берет, даттануу жазууга жардамдашат "
    "жана сотто ишти аягына чейин коштоп жүрөт.</li>"
    "<li><b>Документтештирүү.</b> Биз укук бузуу учурларын жазып алабыз: бул конкреттүү адамга жардам "
    "берүү үчүн да, коомдогу өзгөрүүлөргө далил топтоо үчүн да керек.</li>"
    "<li><b>Окутуу.</b> Онлайн курстар жана тренерлер үчүн тренингдер активисттерди даярдайт, алар кийин "
    "өз аймактарында башкаларды окутушат.</li>"
    "<li><b>Адвокация.</b> Чогулган маалыматтардын негизинде мамлекеттик органдарга жана эл аралык "
    "механизмдерге отчёттор менен сунуштарды даярдайбыз.</li></ul>",
    en="<h2>What we do</h2><ul>"
    "<li><b>Legal help.</b> The network's lawyers give free advice, help draft complaints and stay with "
    "a case through the courts.</li>"
    "<li><b>Documentation.</b> We record rights violations, both to help the person concerned and to give "
    "society evidence for change.</li>"
    "<li><b>Education.</b> Online courses and training of trainers prepare activists who then teach others "
    "in their own regions.</li>"
    "<li><b>Advocacy.</b> From the evidence we gather we prepare reports and proposals for state bodies "
    "and international mechanisms.</li></ul>",
)

WHO_WE_ARE = T(
    ru="<h2>Кто мы</h2><p>В сеть входят Программа адвокации и образования, которая защищает права "
    "ЛГБТ-людей; Ассоциация ННО «Правозащитный адвокационный центр» — 24 организации из Ошской, "
    "Джалал-Абадской и Баткенской областей; Коалиция четырёх сообществ и правозащитницы, которые ведут "
    "тренинги в Кыргызстане и Казахстане.</p>",
    ky="<h2>Биз кимбиз</h2><p>Тармакка ЛГБТ адамдардын укуктарын коргогон Адвокация жана билим берүү "
    "программасы; Ош, Жалал-Абад жана Баткен облустарындагы 24 уюмду бириктирген «Укук коргоо "
    "адвокациялык борбору» БӨУ ассоциациясы; Төрт жамааттын коалициясы жана Кыргызстан менен "
    "Казакстанда тренинг өткөргөн укук коргоочу аялдар кирет.</p>",
    en="<h2>Who we are</h2><p>The network brings together the Advocacy and Education Program, which "
    "defends the rights of LGBT people; the Association of NGOs “Human Rights Advocacy Center”, "
    "24 organisations from the Osh, Jalal-Abad and Batken regions; the Coalition of Four Communities; "
    "and women human-rights defenders who run trainings in Kyrgyzstan and Kazakhstan.</p>",
)

SAFETY = callout(
    title=T(
        ru="Ваша безопасность — прежде всего",
        ky="Сиздин коопсуздугуңуз баарынан маанилүү",
        en="Your safety comes first",
    ),
    text=T(
        ru="<p>Пишите нам с телефона или компьютера, которым пользуетесь только вы. Называть настоящее "
        "имя не обязательно: для консультации достаточно псевдонима.</p>",
        ky="<p>Бизге өзүңүз гана колдонгон телефондон же компьютерден жазыңыз. Чыныгы атыңызды айтуу "
        "милдеттүү эмес: кеңеш алуу үчүн лакап ат жетиштүү.</p>",
        en="<p>Write to us from a phone or computer that only you use. You do not have to give your real "
        "name: a pseudonym is enough for a consultation.</p>",
    ),
    style="safety",
)


def home_fields(hero_image, links=None):
    """The home page's content; `links` (pages by key) adds the buttons that lead into the site."""
    body = [paragraph(WHAT_WE_DO), SAFETY, paragraph(WHO_WE_ARE)]
    fields = {
        "title": T(ru="Главная", ky="Башкы бет", en="Home"),
        "hero_title": T(
            ru="Вместе защищаем права человека",
            ky="Адам укуктарын бирге коргойбуз",
            en="Together we defend human rights",
        ),
        "hero_text": T(
            ru="«Бирге» — сеть правозащитных и общественных организаций Кыргызстана и Центральной Азии. "
            "Мы бесплатно консультируем, документируем нарушения прав, обучаем активистов и рассказываем "
            "о правах простым языком.",
            ky="«Бирге» — Кыргызстандагы жана Борбордук Азиядагы укук коргоо жана коомдук уюмдардын тармагы. "
            "Биз акысыз кеңеш беребиз, укук бузууларды документтештиребиз, активисттерди окутабыз жана "
            "укуктар тууралуу жөнөкөй тил менен түшүндүрөбүз.",
            en="Birge is a network of human-rights and community organisations in Kyrgyzstan and Central "
            "Asia. We give free advice, document rights violations, train activists and explain rights in "
            "plain language.",
        ),
        "hero_image": hero_image,
        "hero_image_alt": ALT_TEXTS["hero"],
        "hero_cta_label": T(
            ru="Получить юридическую помощь", ky="Юридикалык жардам алуу", en="Get legal help"
        ),
        "body": body,
    }
    if links:
        fields["hero_cta_page"] = links["legal_help"]
        body.append(
            call_to_action(
                title=T(ru="Учитесь в своём темпе", ky="Өз ыргагыңызда окуңуз", en="Learn at your own pace"),
                text=T(
                    ru="Бесплатный курс о документировании нарушений и курс об исследованиях с участием "
                    "сообществ.",
                    ky="Укук бузууларды документтештирүү боюнча акысыз курс жана жамааттын катышуусу менен "
                    "изилдөө курсу.",
                    en="A free course on documenting violations and a course on community-based "
                    "participatory research.",
                ),
                page=links["courses"],
                button_label=T(ru="Все курсы", ky="Бардык курстар", en="All courses"),
            )
        )
        body.append(
            call_to_action(
                title=T(
                    ru="Поддержите работу сети",
                    ky="Тармактын ишин колдоңуз",
                    en="Support the network's work",
                ),
                text=T(
                    ru="Пожертвования оплачивают работу юристов и поездки в отдалённые сёла.",
                    ky="Кайрымдуулук каражаттары юристтердин эмгегин жана алыскы айылдарга сапарларды "
                    "каржылайт.",
                    en="Donations pay for lawyers' time and for trips to remote villages.",
                ),
                page=links["donate"],
                button_label=T(ru="Поддержать", ky="Колдоо көрсөтүү", en="Donate"),
            )
        )
    return fields


def _remove_default_pages(root):
    """Wagtail's "Welcome" placeholder (a plain Page at the top of the tree) makes way for the home page."""
    plain_page = ContentType.objects.get_for_model(Page)
    for page in root.get_children().filter(content_type=plain_page):
        page.delete()


def _make_site_root(home):
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.site_name = "Birge"
    site.save()
    set_site_address(site, settings.SITE_BASE_URL)


def ensure_home(locales, hero_image):
    """The Russian home page as the default site's root, with ky and en translations. Returns (page, created)."""
    root = Page.get_first_root_node()
    created = not HomePage.objects.filter(locale=locales[SOURCE_LANGUAGE], depth=2).exists()
    if created:
        _remove_default_pages(root)
    home = ensure_page(root, HomePage, SLUG, home_fields(hero_image), locales)
    _make_site_root(home)
    return home, created


def link_home(home, hero_image, links, locales):
    """Add the buttons to pages that exist only once the rest of the site is built."""
    update_page(home, home_fields(hero_image, links), locales)
