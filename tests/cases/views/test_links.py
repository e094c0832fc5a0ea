"""Every page's footer leads to the report form, in the page's language."""

import pytest

from tests.website.site_tree import build_site_tree

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_the_footer_links_to_the_report_form(client, language):
    build_site_tree()

    html = client.get(f"/{language}/").content.decode()

    footer = html[html.index('<footer class="site-footer">') :]
    assert f'<a href="/{language}/report/">Report a violation or ask for legal help</a>' in footer
