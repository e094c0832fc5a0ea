import pytest

from tests.website.site_tree import build_site_tree


@pytest.fixture
def site_tree(db):
    """Homes in ru (the site root), ky and en."""
    return build_site_tree()


@pytest.fixture(autouse=True)
def _no_embed_network(monkeypatch):
    """No test reaches a video provider: every embed lookup fails as it does without a network."""
    from wagtail.embeds.exceptions import EmbedNotFoundException

    def no_embed(*args, **kwargs):
        raise EmbedNotFoundException

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", no_embed)
