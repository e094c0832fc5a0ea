import factory
import wagtail_factories
from wagtail.models import Locale

from website.partners.models import Partner, PartnersPage


class PartnersPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnersPage

    title = "Partners"
    slug = "partners"


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Partner.Kind.MEMBER
    region = "Osh"
    locale = factory.LazyFunction(Locale.get_default)
