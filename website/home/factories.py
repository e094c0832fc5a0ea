import factory
import wagtail_factories

from website.home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Birge"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_title = "Human rights, together"
    hero_text = "A network of human-rights organisations in Kyrgyzstan and Central Asia."
