"""Pages stay light for visitors on slow phone connections."""

import re
from io import BytesIO

import wagtail_factories
from django.core.files.images import ImageFile
from PIL import Image


def picture(image_format):
    data = BytesIO()
    Image.new("RGB", (1600, 900), "teal").save(data, image_format)
    return ImageFile(data, name=f"picture.{image_format.lower()}")


def test_pictures_are_sent_as_webp(client, site_tree):
    home = site_tree.homes["ru"]
    for image_format in ("PNG", "JPEG"):
        home.hero_image = wagtail_factories.ImageFactory(file=picture(image_format))
        home.save_revision().publish()

        hero = re.search(r"<picture>.*?</picture>", client.get("/ru/").content.decode(), re.S)[0]

        webp = re.search(r'<source [^>]*srcset="([^"]+)"[^>]*type="image/webp"', hero)
        assert webp and all(".webp " in candidate for candidate in webp[1].split(", ")), hero
        assert re.search(r'<img[^>]*class="hero__image"[^>]*src="[^"]+\.jpg"', hero), hero


def test_a_phone_picks_a_hero_no_wider_than_its_screen(client, site_tree):
    home = site_tree.homes["ru"]
    home.hero_image = wagtail_factories.ImageFactory(file=picture("PNG"))
    home.save_revision().publish()

    hero = re.search(r"<picture>.*?</picture>", client.get("/ru/").content.decode(), re.S)[0]

    assert " 360w" in hero and 'sizes="100vw"' in hero


def test_html_is_sent_compressed(client, site_tree):
    response = client.get("/ru/", headers={"accept-encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
