"""A small multilingual site for the CMS tests: a Russian home page with Kyrgyz and English translations."""

from types import SimpleNamespace

from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from website.home.factories import HomePageFactory

LANGUAGE_CODES = ("ky", "ru", "en")


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


def translate(page, locale, **fields):
    """Publish a copy of ``page`` in ``locale`` with ``fields`` overridden (parents must be translated)."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


def build_site_tree():
    locales = ensure_locales()
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, title="Бирге", slug="home", locale=locales["ru"], hero_title="Вместе")
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Birge"
    )
    homes = {"ru": home}
    homes["ky"] = translate(home, locales["ky"], title="Бирге ky", hero_title="Бирге биз")
    homes["en"] = translate(home, locales["en"], title="Birge", hero_title="Together")
    return SimpleNamespace(locales=locales, homes=homes)


def translate_all(page, **fields_by_language):
    """Translations of ``page`` into ky and en, each with its own fields: {"ky": {...}, "en": {...}}."""
    locales = ensure_locales()
    return {code: translate(page, locales[code], **fields) for code, fields in fields_by_language.items()}


def staff_with_second_factor(email="editor@example.org"):
    """A superuser who has enrolled TOTP, so the admin lets them in."""
    user = get_user_model().objects.create_superuser(email=email, password="correct horse battery staple")
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    return user
