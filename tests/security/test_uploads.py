"""Uploaded documents and images never run script in the site's origin, and private ones stay private."""

import importlib
from io import BytesIO

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import clear_url_caches
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

Document = get_document_model()
HTML_WITH_SCRIPT = b"<html><body><script>document.title = 'taken over'</script></body></html>"
SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'


@pytest.fixture(autouse=True)
def files_on_disk(settings):
    """Production keeps uploads on disk (in a folder of each test's own); the serve view reads them there."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


def document(name, content, collection=None):
    doc = Document(title=name, collection=collection or Collection.get_first_root_node())
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    return doc


def fetch(client, doc):
    response = client.get(doc.url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [("report.html", HTML_WITH_SCRIPT), ("logo.svg", SVG_WITH_SCRIPT), ("notes.txt", HTML_WITH_SCRIPT)],
)
def test_a_document_with_a_script_downloads_and_may_run_nothing(client, name, content):
    """Such files cannot be uploaded (see below); even one that got in some other way is inert."""
    doc = document(name, content)

    response, body = fetch(client, doc)

    assert response.status_code == 200
    assert body == content
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_a_pdf_opens_in_the_browser_but_under_a_policy_that_blocks_everything(client):
    doc = document("annual-report.pdf", b"%PDF-1.4\n%%EOF\n")

    response, _body = fetch(client, doc)

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "field", "name", "content"),
    [
        ("/admin/documents/add/", "file", "report.html", HTML_WITH_SCRIPT),
        ("/admin/documents/add/", "file", "logo.svg", SVG_WITH_SCRIPT),
        ("/admin/images/add/", "file", "logo.svg", SVG_WITH_SCRIPT),
    ],
)
def test_html_and_svg_uploads_are_refused(client, admin_staff, url, field, name, content):
    client.force_login(admin_staff)

    response = client.post(url, {"title": name, field: ContentFile(content, name=name)})

    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not Document.objects.exists()
    assert not get_image_model().objects.exists()


@pytest.fixture
def private_document(db):
    root = Collection.get_first_root_node()
    private = root.add_child(instance=Collection(name="Board papers"))
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    return document("minutes.pdf", b"%PDF-1.4\n%%EOF\n", collection=private)


@pytest.mark.django_db
def test_a_document_in_a_private_collection_asks_a_visitor_to_sign_in(client, private_document):
    response = client.get(private_document.url, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


@pytest.mark.django_db
def test_a_signed_in_person_gets_a_document_of_a_private_collection(client, private_document):
    from website.accounts.factories import UserFactory

    client.force_login(UserFactory())

    response, body = fetch(client, private_document)

    assert response.status_code == 200
    assert body.startswith(b"%PDF")


@pytest.mark.django_db
def test_documents_are_linked_through_the_serve_view_never_the_media_folder(client, private_document):
    """The serve view applies privacy; the site never serves the media folder's documents itself."""
    assert private_document.url == f"/documents/{private_document.pk}/{private_document.filename}"

    response = client.get(f"/media/{private_document.file.name}")

    assert response.status_code == 404


def reload_urls():
    import website.urls

    importlib.reload(website.urls)
    clear_url_caches()


@pytest.fixture
def development_urls(settings):
    """The site's addresses as `make run` builds them: with DEBUG on, media is served by Django itself."""
    settings.DEBUG = True
    reload_urls()
    yield
    settings.DEBUG = False
    reload_urls()


def photo_with_rendition():
    data = BytesIO()
    Image.new("RGB", (40, 30), "teal").save(data, "PNG")
    image = wagtail_factories.ImageFactory(file=ImageFile(data, name="march-in-osh.png"))
    return image, image.get_rendition("fill-20x20")


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
def test_development_serves_image_renditions_but_no_document_from_the_media_folder(
    client, development_urls, private_document
):
    _image, rendition = photo_with_rendition()
    assert rendition.url.startswith("/media/images/")

    picture = client.get(rendition.url)
    document_file = client.get(f"/media/{private_document.file.name}")
    climbing_out = client.get(f"/media/images/..%2F{private_document.file.name}")

    assert picture.status_code == 200
    assert body_of(picture).startswith(b"RIFF")
    assert document_file.status_code == 404
    assert climbing_out.status_code != 200
    assert client.get(private_document.url).status_code == 302


@pytest.mark.django_db
def test_development_serves_no_original_image(client, development_urls):
    """The originals include a draft story's photo, uploaded before anyone agreed to publish it."""
    image, _rendition = photo_with_rendition()
    assert image.file.name.startswith("original_images/")

    assert client.get(f"/media/{image.file.name}").status_code == 404


@pytest.mark.django_db
def test_a_password_protected_document_asks_for_its_password_even_under_development(client, development_urls):
    root = Collection.get_first_root_node()
    private = root.add_child(instance=Collection(name="Case files"))
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="osh-2026"
    )
    doc = document("testimony.pdf", b"%PDF-1.4 what happened in Osh\n%%EOF\n", collection=private)

    through_the_view = client.get(doc.url)
    straight_from_the_folder = client.get(f"/media/{doc.file.name}")

    assert b"what happened" not in body_of(through_the_view)
    assert 'name="password"' in through_the_view.content.decode()
    assert straight_from_the_folder.status_code == 404
