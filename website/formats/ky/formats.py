"""Kyrgyz writes «2-декабрь 2026-ж.» and «75,00»; Django's own Kyrgyz formats write «2 Декабрь 2026 ж.», «75.00».

The month inside a date is in lower case: the "E" format takes its names from the project's catalogue
(context "alt. month"), which MONTHS_IN_A_DATE lists so that makemessages keeps them.
"""

from django.utils.translation import pgettext_lazy

DATE_FORMAT = "j-E Y-ж."
DATETIME_FORMAT = "j-E Y-ж., H:i"
MONTH_DAY_FORMAT = "j-E"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"

MONTHS_IN_A_DATE = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
