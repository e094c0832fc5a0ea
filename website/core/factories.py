import factory
from wagtail.models import Locale

from website.core.models import NavigationMenu, NavigationMenuItem, Topic


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
