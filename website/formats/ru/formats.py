"""A date with its time as the site has always written it in Russian: «10 декабря 2031, 10:00»."""

DATETIME_FORMAT = "j E Y, H:i"
