"""allauth adapter: emails in the recipient's own language, sent by the Celery email task."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation

from website.accounts.my_work import landing_page
from website.core.mail import queue_email

LINKS_IN_EMAILS = ("activate_url", "password_reset_url", "signup_url")


def supported_language(code):
    """The site language matching `code` (e.g. "ru-RU" -> "ru"), or None."""
    if not code:
        return None
    base = code.split("-")[0].lower()
    return base if base in dict(settings.LANGUAGES) else None


def language_for_email(email):
    """The preferred language of the account with this address, else the language of the current request.

    The address may be one the person is adding to their account, so their other addresses count too.
    """
    owns_address = Q(email__iexact=email) | Q(emailaddress__email__iexact=email)
    user = get_user_model().objects.filter(owns_address).only("preferred_language").first()
    return (
        supported_language(user.preferred_language if user else None)
        or supported_language(translation.get_language())
        or settings.LANGUAGE_CODE
    )


def html_part(message):
    alternatives = getattr(message, "alternatives", [])
    return next((content for content, mimetype in alternatives if mimetype == "text/html"), "")


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """After signing in (without a `next` page): staff to the admin, trainers to their cohorts,
        organisers to their events, everyone else to the profile."""
        return landing_page(request.user) or super().get_login_redirect_url(request)

    def save_user(self, request, user, form, commit=True):
        """A new account writes to its owner in the language they signed up in."""
        user.preferred_language = supported_language(translation.get_language()) or settings.LANGUAGE_CODE
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix, email, context):
        """Render allauth's email in the recipient's language and queue it instead of sending it inline."""
        language = language_for_email(email)
        context = {**context, **self.links_in_language(context, language)}
        with translation.override(language):
            context.setdefault("site_url", settings.SITE_BASE_URL)
            message = self.prepare_message(template_prefix, email, context)
        queue_email(message.subject, message.body, message.to, html_part(message), message.from_email)

    def prepare_message(self, template_prefix, email, context):
        """allauth's own context (request, current site) plus ours, rendered to a message."""
        request = allauth_context.request
        full_context = {"request": request, "email": email, "current_site": get_current_site(request)}
        full_context.update(context)
        return self.render_mail(template_prefix, email, full_context)

    @staticmethod
    def links_in_language(context, language):
        """Links in the email open the site in the recipient's language, whatever page they asked from.

        Called in the request's language: a link is resolved in the language it was built in.
        """
        return {key: translate_url(context[key], language) for key in LINKS_IN_EMAILS if context.get(key)}
