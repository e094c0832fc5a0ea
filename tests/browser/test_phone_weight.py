"""On a 360 px phone the home page of the demo site is light: ≤ 100 KB transferred in all, compressed HTML,
no picture wider than the screen can show."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("demo_site")]

HOME_PAGE_BUDGET = 100_000
# Everything the page fetched (the document and each resource), as the browser counted it on the wire.
TRANSFERS = """() => [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
  .map((entry) => ({url: entry.name, transferred: entry.transferSize, encoded: entry.encodedBodySize,
                    decoded: entry.decodedBodySize}))"""
# The pictures the page shows, with the width of the file the browser chose and the width it has on screen.
PICTURES = """() => [...document.images].filter((image) => image.complete && image.currentSrc).map((image) => ({
  url: image.currentSrc, fileWidth: image.naturalWidth, screenPixels: window.innerWidth * window.devicePixelRatio}))"""


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_the_home_page_on_a_phone_transfers_at_most_100_kb(journey, language):
    if journey.screen != "phone":
        pytest.skip("a phone's download")
    page = journey.open(locale=language)
    page.goto(f"/{language}/", wait_until="networkidle")

    transfers = page.evaluate(TRANSFERS)
    document = transfers[0]
    assert document["encoded"] < document["decoded"] / 2, "the HTML is not compressed"
    total = sum(transfer["transferred"] for transfer in transfers)
    assert total <= HOME_PAGE_BUDGET, transfers


def test_a_phone_downloads_no_picture_wider_than_its_screen(journey):
    if journey.screen != "phone":
        pytest.skip("a phone's download")
    page = journey.open(locale="ky")
    page.goto("/ky/", wait_until="networkidle")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")

    pictures = page.evaluate(PICTURES)

    assert pictures
    assert [picture for picture in pictures if picture["fileWidth"] > picture["screenPixels"]] == []
    assert all(picture["url"].endswith(".webp") for picture in pictures), pictures
