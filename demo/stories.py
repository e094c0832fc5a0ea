"""The stories index and one feedback story, published anonymously with the author's consent."""

from datetime import date, timedelta

from website.stories.models import StoryIndexPage, StoryPage

from .localize import ensure_page
from .text import T, paragraph

STORY = T(
    ru="<p>Раньше на собраниях в айыл окмоту я молчала, даже когда решали вопросы, которые касались меня и "
    "моих соседок. Мне казалось, что законы — для юристов, а не для нас.</p>"
    "<p>На тренинге мы разбирали реальные случаи, учились записывать нарушения и спокойно объяснять свою "
    "позицию чиновникам. Больше всего помогли ролевые игры: я несколько раз прорепетировала разговор, "
    "которого боялась, а потом провела его по-настоящему.</p>"
    "<p>Теперь раз в месяц я собираю женщин нашего села, и мы обсуждаем, куда обращаться, если права "
    "нарушены. Двум из них уже помогли юристы сети.</p>",
    ky="<p>Мурда айыл өкмөтүндөгү жыйналыштарда мага жана кошуна аялдарга тиешелүү маселелер чечилип жатса "
    "да унчукчу эмесмин. Мыйзамдар юристтер үчүн, биз үчүн эмес деп ойлочумун.</p>"
    "<p>Тренингде биз чыныгы окуяларды талдап, укук бузууларды жазып алууну жана өз оюбузду "
    "аткаминерлерге токтоо түшүндүрүүнү үйрөндүк. Баарынан да ролдук оюндар жардам берди: мен корккон "
    "сүйлөшүүнү бир нече жолу машыгып көрүп, анан аны чындап өткөрдүм.</p>"
    "<p>Азыр айына бир жолу айылыбыздын аялдарын чогултуп, укук бузулса кайда кайрылуу керектигин "
    "талкуулайбыз. Алардын экөөсүнө тармактын юристтери жардам берип калышты.</p>",
    en="<p>I used to stay silent at meetings in the village administration, even when they were deciding "
    "things that affected me and the women next door. I thought laws were for lawyers, not for us.</p>"
    "<p>At the training we worked through real cases and learned to record violations and to explain our "
    "position calmly to officials. The role-plays helped most: I rehearsed a conversation I was dreading "
    "several times, and then had it for real.</p>"
    "<p>Now once a month I bring together the women of our village, and we talk about where to turn when "
    "rights are violated. The network's lawyers have already helped two of them.</p>",
)


def ensure_stories(home, locales, today=None):
    """The stories index with one anonymous story; returns the index."""
    today = today or date.today()
    index = ensure_page(
        home,
        StoryIndexPage,
        "stories",
        {
            "title": T(ru="Истории участников", ky="Катышуучулардын баяндары", en="Participants' stories"),
            "intro": T(
                ru="Рассказы людей, которые прошли наши тренинги или получили помощь. Мы публикуем их только с "
                "согласия авторов — под именем или анонимно, как они выбрали.",
                ky="Биздин тренингдерден өткөн же жардам алган адамдардын баяндары. Биз аларды авторлордун "
                "макулдугу менен гана жарыялайбыз — алар тандагандай, аты менен же аты-жөнүн көрсөтпөй.",
                en="Accounts from people who took part in our trainings or received our help. We publish them "
                "only with the authors' consent, named or anonymously, as they chose.",
            ),
        },
        locales,
    )
    ensure_page(
        index,
        StoryPage,
        "no-longer-afraid-to-speak",
        {
            "title": T(
                ru="«После тренинга я перестала бояться говорить»",
                ky="«Тренингден кийин сүйлөөдөн коркпой калдым»",
                en="“After the training I stopped being afraid to speak”",
            ),
            "date": today - timedelta(days=20),
            "author_name": "",
            "consent_confirmed": True,
            "excerpt": T(
                ru="Участница тренинга для тренеров из Баткенской области рассказывает, как теперь сама ведёт "
                "занятия для женщин своего села.",
                ky="Баткен облусунан келген тренерлер үчүн тренингдин катышуучусу эми өзү айылындагы аялдарга "
                "кантип сабак өткөрүп жатканын айтып берет.",
                en="A training-of-trainers participant from the Batken region describes how she now runs "
                "sessions for women in her village.",
            ),
            "body": [paragraph(STORY)],
        },
        locales,
    )
    return index
