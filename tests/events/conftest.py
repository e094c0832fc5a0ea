import pytest

from events.factories import EventIndexPageFactory, EventPageFactory
from tests.website.site_tree import build_site_tree


@pytest.fixture
def event_index(db):
    tree = build_site_tree()
    return EventIndexPageFactory(parent=tree.homes["ru"])


@pytest.fixture
def make_event(event_index):
    def make(**fields):
        return EventPageFactory(parent=event_index, **fields)

    return make
