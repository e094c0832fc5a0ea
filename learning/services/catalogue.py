"""The course catalogue: courses of one language, filtered by topic, format and price."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from wagtail.images import get_image_model

from learning.models import CourseFormat, CoursePage
from website.core.models import Topic

CARD_IMAGE_FILTER = "fill-480x270"
PRICE_CHOICES = ("free", "paid")


@dataclass(frozen=True)
class CatalogueFilters:
    language: str
    topic: str = ""
    format: str = ""
    price: str = ""

    @classmethod
    def from_query(cls, params, default_language):
        """Unknown values are ignored (the filter is simply not applied), never an error page."""
        languages = {code for code, _name in settings.LANGUAGES}
        language = params.get("language", "")
        course_format = params.get("format", "")
        price = params.get("price", "")
        return cls(
            language=language if language in languages else default_language,
            topic=params.get("topic", "").strip()[:100],
            format=course_format if course_format in CourseFormat.values else "",
            price=price if price in PRICE_CHOICES else "",
        )


def catalogue_courses(filters):
    """Live, public courses in the chosen language; topics, trainers and card images fetched up front."""
    courses = CoursePage.objects.live().public().filter(locale__language_code=filters.language)
    if filters.topic:
        tagged = CoursePage.objects.filter(topics__slug=filters.topic).values("translation_key")
        courses = courses.filter(translation_key__in=tagged)
    if filters.format:
        courses = courses.filter(format=filters.format)
    if filters.price == "free":
        courses = courses.filter(price=0)
    elif filters.price == "paid":
        courses = courses.filter(price__gt=0)
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE_FILTER)
    return courses.prefetch_related("topics", "trainers", Prefetch("image", queryset=images)).order_by(
        "-featured", "title"
    )


def catalogue_context(params, default_language):
    filters = CatalogueFilters.from_query(params, default_language)
    topics = list(Topic.objects.filter(locale__language_code=filters.language))
    names = {topic.translation_key: topic.name for topic in topics}
    courses = list(catalogue_courses(filters))
    for course in courses:
        course.topic_labels = [names.get(t.translation_key, t.name) for t in course.topics.all()]
    return {
        "filters": filters,
        "courses": courses,
        "topics": topics,
        "formats": CourseFormat.choices,
        "catalogue_languages": settings.LANGUAGES,
        "card_image_filter": CARD_IMAGE_FILTER,
    }
