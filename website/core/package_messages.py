"""Messages of Wagtail and wagtail-localize whose Russian the project's catalogue corrects.

The project's catalogue is read before the packages' (LOCALE_PATHS), so a message listed here is
translated by locale/<language>/LC_MESSAGES/django.po; listing it keeps makemessages from dropping it.
Wagtail's Russian puts a feminine verb after any model name («Ваучер … создана») and wagtail-localize's
says «на 2 локалей»: the project's Russian puts the verb first, which fits every model and number.
"""

from django.utils.translation import gettext_noop

CORRECTED_MESSAGES = [
    gettext_noop("%(model_name)s '%(object)s' created."),
    gettext_noop("%(model_name)s '%(object)s' updated."),
    gettext_noop("%(model_name)s '%(object)s' deleted."),
    gettext_noop("%(model_name)s '%(object)s' created and published."),
    gettext_noop("%(model_name)s '%(object)s' updated and published."),
    gettext_noop("%(model_name)s '%(object)s' has been submitted for moderation."),
    gettext_noop("%(model_name)s '%(object)s' created and submitted for moderation."),
    gettext_noop("%(model_name)s '%(object)s' has been scheduled for publishing."),
    gettext_noop("%(model_name)s '%(object)s' created and scheduled for publishing."),
    gettext_noop("%(model_name)s '%(title)s' is now unlocked."),
    gettext_noop("{} locales"),
    gettext_noop("The page '{page_title}' was successfully submitted for translation into {locales}"),
    gettext_noop("The {model_name} '{object}' was successfully submitted for translation into {locales}"),
    gettext_noop("Translated manually on {date}"),
    gettext_noop("Translated with {tool_name} on {date}"),
    gettext_noop("Machine translated on {date}"),
    # Menu items labelled again in each request's language (see website/core/wagtail_hooks.py).
    gettext_noop("Translations"),
    gettext_noop("What's new in Wagtail %(version)s"),
]
