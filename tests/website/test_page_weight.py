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

        hero = re.search(r'<img[^>]*class="hero__image"[^>]*>', client.get("/ru/").content.decode())[0]

        assert re.search(r'src="[^"]+\.webp"', hero), hero
