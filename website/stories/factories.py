import factory
import wagtail_factories

from website.stories.models import StoryIndexPage, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Stories"
    slug = "stories"


class StoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryPage

    title = factory.Sequence(lambda n: f"Story {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    excerpt = "The training changed how I talk to my community."
    consent_confirmed = True


def forced_live_story_without_consent(**fields):
    """A live story without consent, written past the model's rules (as a faulty import or script might)."""
    story = StoryPageFactory(**fields)
    StoryPage.objects.filter(pk=story.pk).update(consent_confirmed=False)
    return story
