"""Plain pages: about the network, legal help, donations, contacts."""

from website.standard.models import StandardPage

from .localize import ensure_page
from .text import T, accordion, call_to_action, callout, paragraph

BANK = {
    "bank_recipient": "ОО «Бирге» (демо)",
    "bank_name": "Демо-банк, г. Бишкек",
    "bank_account": "KG00 DEMO 0000 0000 0000",
    "bank_swift": "DEMOKG22",
}
CONTACTS = {"email": "info@birge.example", "phone": "+996 555 000 000"}

ABOUT = [
    paragraph(
        T(
            ru="<p>«Бирге» по-кыргызски значит «вместе». Под этим именем объединились организации, которые "
            "по-разному защищают права человека: юристы южных областей, ЛГБТ-активисты, сообщества, "
            "уязвимые к ВИЧ, и женщины-лидеры. У каждой свои история и методы, но цель общая — чтобы в "
            "Кыргызстане и Центральной Азии права соблюдались для всех.</p>",
            ky="<p>«Бирге» деген сөз «чогуу» дегенди билдирет. Бул ат менен адам укуктарын ар түрдүү жолдор "
            "менен коргогон уюмдар биригишти: түштүк облустардын юристтери, ЛГБТ активисттер, ВИЧке аялуу "
            "жамааттар жана лидер аялдар. Ар биринин өз тарыхы, өз ыкмалары бар, бирок максаты бирдей — "
            "Кыргызстанда жана Борбордук Азияда укуктар баарына бирдей сакталышы.</p>",
            en="<p>“Birge” means “together” in Kyrgyz. Under this name, organisations that defend human "
            "rights in different ways have joined forces: lawyers from the southern regions, LGBT activists, "
            "communities vulnerable to HIV, and women leaders. Each has its own history and methods, but the "
            "goal is shared: rights respected for everyone in Kyrgyzstan and Central Asia.</p>",
        )
    ),
    paragraph(
        T(
            ru="<h2>Программа адвокации и образования</h2><p>Программа работает ради одного: чтобы жизнь "
            "ЛГБТ-людей в Кыргызстане и Центральной Азии стала безопаснее. Она документирует случаи "
            "дискриминации по признаку сексуальной ориентации и гендерной идентичности и реагирует на них, "
            "готовит на этой основе отчёты для международных органов и проводит занятия для журналистов, "
            "медиков, юристов и сотрудников государственных органов.</p>",
            ky="<h2>Адвокация жана билим берүү программасы</h2><p>Программа бир максат үчүн иштейт: "
            "Кыргызстанда жана Борбордук Азияда ЛГБТ адамдардын жашоосу коопсуз болсун. Ал сексуалдык "
            "ориентациясы жана гендердик иденттүүлүгү үчүн басмырлоо учурларын документтештирип, аларга "
            "жооп берет, ошонун негизинде эл аралык органдарга отчёттор даярдайт жана журналисттер, медиктер, "
            "юристтер жана мамлекеттик кызматкерлер үчүн сабактарды өткөрөт.</p>",
            en="<h2>Advocacy and Education Program</h2><p>The programme works towards one thing: safer lives "
            "for LGBT people in Kyrgyzstan and Central Asia. It documents discrimination based on sexual "
            "orientation and gender identity and responds to it, turns that evidence into reports for "
            "international bodies, and runs sessions for journalists, medical workers, lawyers and civil "
            "servants.</p>",
        )
    ),
    paragraph(
        T(
            ru="<h2>Ассоциация ННО «Правозащитный адвокационный центр»</h2><p>Ассоциация создана в феврале "
            "2005 года по инициативе правозащитных организаций юга Кыргызстана; на старте её поддержал "
            "местный офис ОБСЕ. Сегодня в неё входят 24 неправительственные организации из Ошской, "
            "Джалал-Абадской и Баткенской областей, а работой руководит совет директоров из десяти человек, "
            "избранный общим собранием. Юристы центра бесплатно консультируют малоимущих граждан, наблюдают "
            "за судебными процессами и помогают готовить индивидуальные жалобы в Комитет ООН по правам "
            "человека.</p>",
            ky="<h2>«Укук коргоо адвокациялык борбору» БӨУ ассоциациясы</h2><p>Ассоциация 2005-жылдын "
            "февралында Кыргызстандын түштүгүндөгү укук коргоо уюмдарынын демилгеси менен түзүлгөн; "
            "алгачкы жылдары аны ЕККУнун жергиликтүү кеңсеси колдогон. Бүгүн анын курамында Ош, Жалал-Абад "
            "жана Баткен облустарынан 24 бейөкмөт уюм бар, ишин жалпы жыйын шайлаган он кишиден турган "
            "директорлор кеңеши жетектейт. Борбордун юристтери аз камсыз болгон жарандарга акысыз кеңеш "
            "беришет, сот процесстерине байкоо жүргүзүшөт жана БУУнун Адам укуктары боюнча комитетине жеке "
            "даттанууларды даярдоого жардамдашат.</p>",
            en="<h2>Association of NGOs “Human Rights Advocacy Center”</h2><p>The association was founded "
            "in February 2005 on the initiative of human-rights organisations in southern Kyrgyzstan, with "
            "early support from the local OSCE office. Today it unites 24 non-governmental organisations "
            "from the Osh, Jalal-Abad and Batken regions, led by a ten-member board of directors elected by "
            "the general meeting. Its lawyers advise people on low incomes free of charge, monitor trials and "
            "help prepare individual complaints to the UN Human Rights Committee.</p>",
        )
    ),
    paragraph(
        T(
            ru="<h2>Коалиция четырёх сообществ</h2><p>Люди, употребляющие наркотики, секс-работницы, люди, "
            "живущие с ВИЧ, и ЛГБТ-сообщество долго отстаивали свои права поодиночке. Объединение началось "
            "в 2015 году с общего альтернативного доклада для Комитета ООН по ликвидации дискриминации в "
            "отношении женщин. Сегодня «Астерия», «Таис Плюс», «Лабрис», Ассоциация «Сеть снижения вреда» и "
            "другие организации вместе ведут мониторинг, выступают против языка вражды и добиваются "
            "доступных программ по ВИЧ.</p>",
            ky="<h2>Төрт жамааттын коалициясы</h2><p>Баңгизат колдонгон адамдар, секс-кызматкер аялдар, ВИЧ "
            "менен жашаган адамдар жана ЛГБТ жамааты көпкө чейин өз укуктарын өз-өзүнчө коргоп келишкен. "
            "Биригүү 2015-жылы БУУнун Аялдарды басмырлоону жоюу боюнча комитетине даярдалган биргелешкен "
            "альтернативдик баяндамадан башталган. Бүгүн «Астерия», «Таис Плюс», «Лабрис», «Зыянды азайтуу "
            "тармагы» ассоциациясы жана башка уюмдар чогуу мониторинг жүргүзүп, жек көрүү тилине каршы "
            "чыгып, ВИЧ боюнча программалар жеткиликтүү болушун талап кылышат.</p>",
            en="<h2>Coalition of Four Communities</h2><p>People who use drugs, sex workers, people living "
            "with HIV and the LGBT community long defended their rights separately. They began to come "
            "together in 2015 with a joint alternative report to the UN Committee on the Elimination of "
            "Discrimination against Women. Today Asteria, Tais Plus, Labrys, the Harm Reduction Network "
            "Association and other organisations monitor rights together, speak out against hate speech and "
            "press for accessible HIV programmes.</p>",
        )
    ),
    paragraph(
        T(
            ru="<h2>Правозащитницы</h2><p>Женщины-лидеры из Кыргызстана и Казахстана проходят тренинги для "
            "тренеров, а затем сами проводят занятия в своих сёлах и городах — в том числе в приграничных "
            "районах Баткенской области. Темы — права женщин, документирование нарушений, работа с "
            "конфликтами и участие женщин в миростроительстве по резолюции 1325 Совета Безопасности ООН.</p>",
            ky="<h2>Укук коргоочу аялдар</h2><p>Кыргызстан менен Казакстандын лидер аялдары тренерлер үчүн "
            "тренингдерден өтүп, андан соң өз айылдарында жана шаарларында, анын ичинде Баткен облусунун "
            "чек ара аймактарында, өздөрү сабак өткөрүшөт. Темалар — аялдардын укуктары, укук бузууларды "
            "документтештирүү, чыр-чатактар менен иштөө жана БУУнун Коопсуздук Кеңешинин 1325-резолюциясына "
            "ылайык аялдардын тынчтык орнотууга катышуусу.</p>",
            en="<h2>Women human-rights defenders</h2><p>Women leaders from Kyrgyzstan and Kazakhstan take "
            "part in training of trainers and then run sessions in their own villages and towns, including "
            "the border areas of the Batken region. The topics are women's rights, documenting violations, "
            "working with conflict, and women's part in peacebuilding under UN Security Council Resolution "
            "1325.</p>",
        )
    ),
]

CONTACT = [
    paragraph(
        T(
            ru="<p>Написать или позвонить можно в будние дни с 9:00 до 18:00. Консультации бесплатны и "
            "конфиденциальны; юристы говорят по-кыргызски и по-русски.</p><ul>"
            f"<li>Электронная почта: {CONTACTS['email']}</li><li>Телефон: {CONTACTS['phone']}</li>"
            "<li>Приёмная: г. Ош (демонстрационный адрес)</li></ul>",
            ky="<p>Иш күндөрү саат 9:00дөн 18:00гө чейин жазсаңыз же чалсаңыз болот. Кеңештер акысыз жана "
            "купуя; юристтер кыргызча жана орусча сүйлөшөт.</p><ul>"
            f"<li>Электрондук почта: {CONTACTS['email']}</li><li>Телефон: {CONTACTS['phone']}</li>"
            "<li>Кабыл алуу бөлмөсү: Ош шаары (демонстрациялык дарек)</li></ul>",
            en="<p>You can write or call on weekdays from 9:00 to 18:00. Consultations are free and "
            "confidential; our lawyers speak Kyrgyz and Russian.</p><ul>"
            f"<li>Email: {CONTACTS['email']}</li><li>Phone: {CONTACTS['phone']}</li>"
            "<li>Reception: Osh (demo address)</li></ul>",
        )
    ),
    callout(
        title=T(ru="Если писать небезопасно", ky="Жазуу коопсуз болбосо", en="If writing to us is not safe"),
        text=T(
            ru="<p>Если вашу переписку может читать кто-то ещё, удаляйте сообщения после отправки или "
            "попросите доверенного человека связаться с нами от вашего имени. Мы не передаём ваши данные "
            "никому без вашего согласия.</p>",
            ky="<p>Эгер сиздин кат алышууңузду башка бирөө окушу мүмкүн болсо, билдирүүлөрдү жөнөткөндөн "
            "кийин өчүрүп салыңыз же ишенген адамыңыздан сиздин атыңыздан биз менен байланышууну "
            "суранаңыз. Биз сиздин маалыматыңызды макулдугуңузсуз эч кимге бербейбиз.</p>",
            en="<p>If someone else may read your messages, delete them after sending, or ask a person you "
            "trust to contact us on your behalf. We never share your details without your consent.</p>",
        ),
        style="safety",
    ),
]

LEGAL_HELP_INTRO = [
    paragraph(
        T(
            ru="<p>Если ваши права нарушены — полицией, работодателем, врачом, соседями или собственной "
            "семьёй, — вы можете бесплатно посоветоваться с юристом сети. Мы помогаем всем, в том числе "
            "людям, которых дискриминируют из-за сексуальной ориентации, гендерной идентичности, ВИЧ-статуса "
            "или употребления наркотиков.</p>",
            ky="<p>Эгер сиздин укуктарыңыз бузулса — милиция, иш берүүчү, дарыгер, кошуналар же өз "
            "үй-бүлөңүз тарабынан болобу, — тармактын юристинен акысыз кеңеш ала аласыз. Биз баарына жардам "
            "беребиз, анын ичинде сексуалдык ориентациясы, гендердик иденттүүлүгү, ВИЧ-статусу же баңгизат "
            "колдонгону үчүн басмырланган адамдарга да.</p>",
            en="<p>If your rights have been violated — by the police, an employer, a doctor, neighbours or "
            "your own family — you can talk to one of the network's lawyers free of charge. We help "
            "everyone, including people discriminated against because of their sexual orientation, gender "
            "identity, HIV status or drug use.</p>",
        )
    ),
    paragraph(
        T(
            ru="<h2>Как получить помощь</h2><ol>"
            "<li>Свяжитесь с нами по телефону, почте или через мессенджер — можно под псевдонимом.</li>"
            "<li>Коротко опишите, что случилось, когда и где. Юрист задаст уточняющие вопросы.</li>"
            "<li>Вместе вы решите, что делать дальше: написать жалобу, обратиться в суд или к омбудсмену — "
            "или пока только сохранить доказательства.</li>"
            "<li>Если вы решите действовать, юрист подготовит документы и будет рядом на каждом шаге.</li>"
            "</ol>",
            ky="<h2>Жардамды кантип алса болот</h2><ol>"
            "<li>Биз менен телефон, почта же мессенджер аркылуу байланышыңыз — лакап ат менен да болот.</li>"
            "<li>Эмне болгонун, качан жана кайда болгонун кыскача айтып бериңиз. Юрист тактоочу суроолорду "
            "берет.</li>"
            "<li>Андан ары эмне кылууну чогуу чечесиз: даттануу жазуу, сотко же Акыйкатчыга кайрылуу — же "
            "азырынча далилдерди гана сактап коюу.</li>"
            "<li>Эгер аракет кылууну чечсеңиз, юрист документтерди даярдап, ар бир кадамда жаныңызда "
            "болот.</li></ol>",
            en="<h2>How to get help</h2><ol>"
            "<li>Contact us by phone, email or messenger — a pseudonym is fine.</li>"
            "<li>Briefly describe what happened, when and where. The lawyer will ask follow-up questions.</li>"
            "<li>Together you decide what to do next: file a complaint, go to court or to the Ombudsman — or "
            "for now simply keep the evidence safe.</li>"
            "<li>If you decide to act, the lawyer prepares the documents and stays with you at every "
            "step.</li></ol>",
        )
    ),
    callout(
        title=T(
            ru="Почему важно записать, что произошло",
            ky="Эмне болгонун жазып алуу эмне үчүн маанилүү",
            en="Why it matters to write down what happened",
        ),
        text=T(
            ru="<p>Записи, сделанные сразу после случившегося, — главная опора юриста. Без них трудно "
            "доказать нарушение в суде, а отдельный случай не попадёт в отчёты, которые помогают менять "
            "законы и практику. Даже если сейчас вы не готовы жаловаться, запишите даты, имена и подробности "
            "и храните записи в надёжном месте.</p>",
            ky="<p>Окуядан кийин дароо жазылган маалымат — юристтин негизги таянычы. Ансыз сотто укук "
            "бузууну далилдөө кыйын, ал эми бир окуя мыйзамдарды жана практиканы өзгөртүүгө жардам берген "
            "отчёттордо чагылдырылбай калат. Азыр даттанууга даяр болбосоңуз да, күндөрдү, аттарды жана "
            "майда-чүйдөсүнө чейин жазып, ишенимдүү жерде сактаңыз.</p>",
            en="<p>Notes made soon after an incident are a lawyer's strongest support. Without them a "
            "violation is hard to prove in court, and a single case never reaches the reports that help "
            "change laws and practice. Even if you are not ready to complain now, write down the dates, "
            "names and details and keep your notes somewhere safe.</p>",
        ),
    ),
    accordion(
        title=T(ru="Частые вопросы", ky="Көп берилүүчү суроолор", en="Frequently asked questions"),
        questions=[
            (
                T(ru="Это действительно бесплатно?", ky="Бул чын эле акысызбы?", en="Is it really free?"),
                T(
                    ru="<p>Да. Консультации и помощь с документами бесплатны. Если понадобится адвокат в "
                    "суде, мы честно скажем, можем ли оплатить его работу.</p>",
                    ky="<p>Ооба. Кеңеш жана документтерге жардам акысыз. Сотто адвокат керек болсо, анын "
                    "эмгегин төлөй алабызбы же жокпу, ачык айтабыз.</p>",
                    en="<p>Yes. Advice and help with documents are free. If you need an advocate in court, "
                    "we will tell you honestly whether we can pay for their work.</p>",
                ),
            ),
            (
                T(
                    ru="Нужно ли называть своё имя?",
                    ky="Атымды айтышым керекпи?",
                    en="Do I have to give my name?",
                ),
                T(
                    ru="<p>Для консультации — нет. Для официальной жалобы имя обычно нужно, и юрист объяснит, "
                    "кто его увидит.</p>",
                    ky="<p>Кеңеш алуу үчүн — жок. Расмий даттануу үчүн адатта ат керек болот, аны ким "
                    "көрөрүн юрист түшүндүрүп берет.</p>",
                    en="<p>Not for a consultation. An official complaint usually needs your name, and the "
                    "lawyer will explain who will see it.</p>",
                ),
            ),
            (
                T(
                    ru="Я живу не в Оше. Вы поможете?",
                    ky="Мен Ошто жашабайм. Жардам бересиздерби?",
                    en="I don't live in Osh. Can you help?",
                ),
                T(
                    ru="<p>Да. Организации сети работают в Ошской, Джалал-Абадской и Баткенской областях и в "
                    "Бишкеке, а консультировать можно и дистанционно.</p>",
                    ky="<p>Ооба. Тармактын уюмдары Ош, Жалал-Абад, Баткен облустарында жана Бишкекте "
                    "иштешет, ал эми кеңешти алыстан да берсе болот.</p>",
                    en="<p>Yes. The network's organisations work in the Osh, Jalal-Abad and Batken regions "
                    "and in Bishkek, and advice can also be given remotely.</p>",
                ),
            ),
        ],
    ),
]

DONATE = [
    paragraph(
        T(
            ru="<p>Для тех, кто к нам обращается, почти вся наша работа бесплатна: консультации юристов, "
            "сопровождение в суде, поездки в отдалённые сёла, тренинги. Ваше пожертвование, даже небольшое, "
            "помогает сделать эту помощь регулярной.</p><h2>На что идут средства</h2><ul>"
            "<li>работа юристов приёмной;</li><li>дорога в районы, куда трудно добраться;</li>"
            "<li>печать памяток на кыргызском и русском языках;</li>"
            "<li>безопасное хранение документов о нарушениях.</li></ul>",
            ky="<p>Бизге кайрылгандар үчүн ишибиздин дээрлик баары акысыз: юристтердин кеңеши, сотто "
            "коштоо, алыскы айылдарга сапарлар, тренингдер. Сиздин кайрымдуулук жардамыңыз, аз болсо да, бул "
            "жардамды туруктуу кылууга көмөктөшөт.</p><h2>Каражат эмнеге жумшалат</h2><ul>"
            "<li>кабыл алуу бөлмөсүндөгү юристтердин эмгегине;</li><li>жетүү кыйын райондорго жол "
            "чыгымдарына;</li><li>кыргыз жана орус тилдериндеги эскертмелерди басып чыгарууга;</li>"
            "<li>укук бузуулар тууралуу документтерди коопсуз сактоого.</li></ul>",
            en="<p>For the people who come to us, nearly all our work is free: lawyers' advice, support in "
            "court, trips to remote villages, trainings. Your donation, however small, helps make that help "
            "regular.</p><h2>Where the money goes</h2><ul>"
            "<li>the reception's lawyers;</li><li>travel to districts that are hard to reach;</li>"
            "<li>printing leaflets in Kyrgyz and Russian;</li><li>keeping records of violations safe.</li></ul>",
        )
    ),
    paragraph(
        T(
            ru="<h2>Банковский перевод</h2>"
            f"<p>Получатель: {BANK['bank_recipient']}<br/>Банк: {BANK['bank_name']}<br/>"
            f"Счёт: {BANK['bank_account']}<br/>SWIFT: {BANK['bank_swift']}</p>"
            "<p>В назначении платежа укажите «Добровольное пожертвование». Это демонстрационные реквизиты: "
            "не переводите на них деньги.</p>",
            ky="<h2>Банк аркылуу которуу</h2>"
            "<p>Алуучу: «Бирге» КБ (демо)<br/>Банк: Демо-банк, Бишкек ш.<br/>"
            f"Эсеп: {BANK['bank_account']}<br/>SWIFT: {BANK['bank_swift']}</p>"
            "<p>Төлөмдүн максатына «Ыктыярдуу кайрымдуулук» деп жазыңыз. Бул демонстрациялык реквизиттер: "
            "аларга акча которбоңуз.</p>",
            en="<h2>Bank transfer</h2>"
            "<p>Recipient: Birge Public Association (demo)<br/>Bank: Demo Bank, Bishkek<br/>"
            f"Account: {BANK['bank_account']}<br/>SWIFT: {BANK['bank_swift']}</p>"
            "<p>Put “Voluntary donation” as the payment reference. These are demo details: do not send "
            "money to them.</p>",
        )
    ),
]


def ensure_contact(home, locales):
    title = T(ru="Контакты", ky="Байланыш", en="Contact")
    return ensure_page(home, StandardPage, "contact", {"title": title, "body": CONTACT}, locales)


def ensure_about(home, locales):
    title = T(ru="О сети", ky="Тармак жөнүндө", en="About the network")
    return ensure_page(home, StandardPage, "about", {"title": title, "body": ABOUT}, locales)


def ensure_donate(home, locales):
    title = T(ru="Поддержать нас", ky="Бизди колдоо", en="Support us")
    return ensure_page(home, StandardPage, "donate", {"title": title, "body": DONATE}, locales)


def ensure_legal_help(home, contact, article, locales):
    """Legal help: how to get it, why documenting matters, and where to go next."""
    body = [
        *LEGAL_HELP_INTRO,
        call_to_action(
            title=T(ru="Сообщить о нарушении", ky="Укук бузуу тууралуу кабарлоо", en="Report a violation"),
            url=T(ru="/ru/report/", ky="/ky/report/", en="/en/report/"),
            button_label=T(ru="Заполнить форму", ky="Форманы толтуруу", en="Fill in the form"),
        ),
        call_to_action(
            title=T(ru="Напишите юристу", ky="Юристке жазыңыз", en="Write to a lawyer"),
            page=contact,
            button_label=T(ru="Контакты", ky="Байланыш", en="Contact"),
        ),
        call_to_action(
            title=T(
                ru="Как задокументировать нарушение",
                ky="Укук бузууну кантип документтештирүү керек",
                en="How to document a violation",
            ),
            page=article,
            button_label=T(ru="Читать статью", ky="Макаланы окуу", en="Read the article"),
        ),
    ]
    title = T(ru="Юридическая помощь", ky="Юридикалык жардам", en="Legal help")
    return ensure_page(home, StandardPage, "legal-help", {"title": title, "body": body}, locales)
