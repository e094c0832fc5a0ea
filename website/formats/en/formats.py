"""Dates as the site has always written them in English: «10 December 2031, 10:00», «10 December»."""

DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
