"""The violation types the site starts with (migration 0003 creates them in the default language), and their
names in the other languages, given to each language's locale when it is added (cases.signals)."""

FIRST_VIOLATION_TYPES = [
    {"ru": "Насилие", "ky": "Зомбулук", "en": "Violence"},
    {
        "ru": "Злоупотребления со стороны полиции",
        "ky": "Милициянын кызматтык абалынан кыянаттык пайдаланышы",
        "en": "Police abuse",
    },
    {"ru": "Дискриминация на работе", "ky": "Жумуштагы басмырлоо", "en": "Discrimination at work"},
    {
        "ru": "Отказ в медицинской помощи",
        "ky": "Медициналык жардамдан баш тартуу",
        "en": "Denial of health care",
    },
    {"ru": "Угрозы или шантаж", "ky": "Коркутуу же шантаж", "en": "Threats or blackmail"},
    {"ru": "Язык вражды в интернете", "ky": "Интернеттеги жек көрүүчүлүк тили", "en": "Hate speech online"},
    {"ru": "Другое", "ky": "Башка", "en": "Something else"},
]
