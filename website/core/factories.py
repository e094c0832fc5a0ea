import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from website.core.models import NavigationMenu, NavigationMenuItem, Topic

PASSWORD = "correct horse battery staple"  # nosec B105 # the known password of test accounts


class UserFactory(factory.django.DjangoModelFactory):
    """A person who can sign in: active, with a verified primary address (`email_verified=False` for one who cannot yet)."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    preferred_language = "ru"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)
    is_active = True

    @factory.post_generation
    def email_verified(user, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": extracted is not False, "primary": True}
            )


class StaffFactory(UserFactory):
    is_staff = True
    is_superuser = True


def locale(language):
    return Locale.objects.get_or_create(language_code=language)[0]


def translate(page, language, **changes):
    """A published translation of `page` (untranslated parents are translated first), with field changes."""
    parent = page.get_parent()
    if not parent.is_root() and parent.get_translation_or_none(locale(language)) is None:
        translate(parent, language)
    translated = page.specific.copy_for_translation(locale(language))
    for name, value in changes.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class NavigationMenuFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NavigationMenu

    name = "Main"
    locale = factory.LazyFunction(Locale.get_default)


class NavigationMenuItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NavigationMenuItem

    menu = factory.SubFactory(NavigationMenuFactory)
    locale = factory.SelfAttribute("menu.locale")
