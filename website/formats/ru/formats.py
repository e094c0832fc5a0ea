"""Dates as the site has always written them in Russian: «10 декабря 2031, 10:00», «10 декабря»."""

DATETIME_FORMAT = "j E Y, H:i"
MONTH_DAY_FORMAT = "j E"
