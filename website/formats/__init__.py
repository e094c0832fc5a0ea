"""The site's own date and number formats per language, over Django's (FORMAT_MODULE_PATH).

Public templates name a format (DATE_FORMAT, DATETIME_FORMAT) rather than spell one out, so each
language writes dates its own way.
"""
