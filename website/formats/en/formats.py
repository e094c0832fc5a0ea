"""A date with its time as the site has always written it in English: «10 December 2031, 10:00»."""

DATETIME_FORMAT = "j F Y, H:i"
