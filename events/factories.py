import datetime

import factory
import wagtail_factories
from django.utils import timezone

from events.models import EventIndexPage, EventPage, EventType, Registration, RegistrationStatus
from website.core.places import City


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    event_type = EventType.HUMAN_RIGHTS_DAY
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + datetime.timedelta(hours=3))
    city = City.BISHKEK
    venue = "Bishkek, city centre"
    address = "12 Erkindik Boulevard, room 4"
    event_language = "ru"
    capacity = 50


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventPageFactory)
    name = factory.Sequence(lambda n: f"Participant {n}")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")
    language = "ru"
    status = RegistrationStatus.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)
