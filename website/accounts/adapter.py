"""allauth adapter: emails in the recipient's own language, sent by the Celery email task."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.urls import translate_url
from django.utils import translation

from website.core.mail import queue_email

LINKS_IN_EMAILS = ("activate_url", "password_reset_url", "signup_url")


def supported_language(code):
    """The site language matching `code` (e.g. "ru-RU" -> "ru"), or None."""
    if not code:
        return None
    base = code.split("-")[0].lower()
    return base if base in dict(settings.LANGUAGES) else None


def language_for_email(email):
    """The preferred language of the account with this address, else the language of the current request."""
    user = get_user_model().objects.filter(email__iexact=email).only("preferred_language").first()
    return (
        supported_language(user.preferred_language if user else None)
        or supported_language(translation.get_language())
        or settings.LANGUAGE_CODE
    )


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """A new account writes to its owner in the language they signed up in."""
        user.preferred_language = supported_language(translation.get_language()) or settings.LANGUAGE_CODE
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix, email, context):
        """Render allauth's email in the recipient's language and queue it instead of sending it inline."""
        language = language_for_email(email)
        context = {**context, **self.links_in_language(context, language)}
        with translation.override(language):
            context.setdefault("site_name", settings.WAGTAIL_SITE_NAME)
            context.setdefault("site_url", settings.SITE_BASE_URL)
            message = self.prepare_message(template_prefix, email, context)
        html = next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            "",
        )
        queue_email(message.subject, message.body, message.to, html, message.from_email)

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
