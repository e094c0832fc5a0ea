"""What the home page shows: the latest news, featured courses, stories and the next events, in its language."""

from events.services.catalogue import home_events
from learning.models import CoursePage
from website.core.page_views import page_view
from website.core.pages import with_images
from website.home.models import HomePage
from website.news.models import NewsPage
from website.stories.models import published_stories

FEATURED_NEWS_COUNT = 3
FEATURED_COURSES_COUNT = 6
CAROUSEL_STORIES_COUNT = 8


@page_view(HomePage, "context")
def home_context(request, page):
    upcoming_events, events_index = home_events(page.locale_id)
    return {
        "featured_news": featured_news(page.locale_id),
        "featured_courses": featured_courses(page.locale_id),
        "stories": carousel_stories(page.locale_id),
        "upcoming_events": upcoming_events,
        "events_index": events_index,
    }


def featured_news(locale_id):
    """The latest live news in the page's language."""
    news = NewsPage.objects.live().public().filter(locale_id=locale_id).order_by("-date", "-pk")
    return list(with_images(news, "image")[:FEATURED_NEWS_COUNT])


def featured_courses(locale_id):
    """Live courses editors chose to feature, in the page's language."""
    courses = CoursePage.objects.live().public().filter(locale_id=locale_id, featured=True)
    return list(with_images(courses.order_by("title"), "image")[:FEATURED_COURSES_COUNT])


def carousel_stories(locale_id):
    """The latest published stories whose authors agreed to publication."""
    stories = published_stories().filter(locale_id=locale_id).order_by("-date", "-pk")
    return list(with_images(stories, "photo")[:CAROUSEL_STORIES_COUNT])
