"""Media on S3-compatible storage, end to end: the admin's upload, the pages' renditions, the
feed's enclosures, documents and deletion, against a local S3 server over HTTP."""

import io
import logging
from urllib.parse import urlsplit

from django.core.files.storage import storages
from django.test import Client

from wagtail.images import get_image_model

import pytest
from PIL import Image
from wagtail_factories import DocumentFactory

from magazine.feeds.enclosures import ENCLOSURE_SPEC
from magazine.newsroom.roles import CHIEFS
from magazine.settings.storage import s3_media_storage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.admin import member
from tests.support.feeds import parse_feed
from tests.support.html import page_soup
from tests.support.s3 import REGION, bucket_keys, fetch, image_size, object_bytes


def jpeg(colour: str, size: tuple[int, int] = (1600, 900)) -> bytes:
    """Return a JPEG photo of one colour."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def chief_client(db, django_user_model) -> Client:
    """A client logged into the admin as a chief editor."""
    client = Client()
    client.force_login(member(django_user_model, "julien", "Julien", CHIEFS))
    return client


def upload(client: Client, name: str, content: bytes, collection_id: int):
    """Upload an image through the admin's upload page, as its script does; return it."""
    file = io.BytesIO(content)
    file.name = name
    response = client.post(
        "/admin/images/multiple/add/", {"files[]": file, "collection": str(collection_id)}
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"], answer
    return get_image_model().objects.get(pk=answer["image_id"])


@pytest.fixture
def photo() -> bytes:
    return jpeg("#3a6ea5")


@pytest.fixture
def image(media_on_s3, chief_client, root_collection, photo):
    """An image the chief editor uploaded, stored in the bucket."""
    return upload(chief_client, "salon-du-jeu.jpg", photo, root_collection.pk)


@pytest.fixture
def article(category, image):
    return ArticlePageFactory(
        parent=category,
        title="Le salon du jeu",
        slug="salon-du-jeu",
        hero_image=image,
        authors=[AuthorFactory(name="Léa Roux", slug="lea-roux")],
    )


def test_the_media_storage_is_production_s3_storage(media_on_s3):
    storage = storages["default"]
    assert type(storage).__name__ == "S3Storage"
    assert (storage.bucket_name, storage.file_overwrite) == (media_on_s3, False)


def test_an_uploaded_image_is_stored_in_the_bucket(s3, media_on_s3, image, photo):
    assert image.file.name == "original_images/salon-du-jeu.jpg"
    assert bucket_keys(s3, media_on_s3) == {"original_images/salon-du-jeu.jpg"}
    assert object_bytes(s3, media_on_s3, image.file.name) == photo
    # Size, dimensions and hash come from the upload, before it reaches the bucket.
    assert (image.width, image.height, image.file_size) == (1600, 900, len(photo))


def test_the_article_renditions_are_in_the_bucket_and_served_from_it(
    client, s3, s3_endpoint, media_on_s3, article
):
    hero = page_soup(client, article.url).select_one(".article__hero img")
    urls = [hero["src"]] + [
        candidate.split()[0] for candidate in hero["srcset"].split(",") if candidate.strip()
    ]
    assert len(set(urls)) > 1
    renditions = {key for key in bucket_keys(s3, media_on_s3) if key.startswith("images/")}
    assert renditions
    for url in urls:
        # Plain public URLs: a signed one would expire inside cached pages.
        assert url.startswith(f"{s3_endpoint}/{media_on_s3}/images/"), url
        assert not urlsplit(url).query, url
        key = urlsplit(url).path.removeprefix(f"/{media_on_s3}/")
        assert key in renditions
        status, content_type, content = fetch(url)
        assert status == 200
        assert content_type.startswith("image/")
        image_format, (width, _) = image_size(content)
        assert image_format == "WEBP"
        assert f".webp {width}w" in hero["srcset"] or url == hero["src"]


def test_a_page_whose_renditions_exist_asks_the_bucket_nothing(
    client, caplog, media_on_s3, article
):
    with caplog.at_level(logging.INFO, logger="werkzeug"):
        assert client.get(article.url).status_code == 200
        first = len(caplog.records)
        caplog.clear()
        assert client.get(article.url).status_code == 200
    # The first reader's request makes the renditions: the original read, each one written.
    assert first > 0
    assert [record.getMessage() for record in caplog.records] == []


def test_renditions_point_at_the_custom_domain_if_set(
    client, settings, s3, s3_endpoint, media_on_s3, article
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_media_storage(
            media_on_s3,
            endpoint_url=s3_endpoint,
            region_name=REGION,
            custom_domain="media.magazine.example",
        ),
    }
    hero = page_soup(client, article.url).select_one(".article__hero img")
    assert hero["src"].startswith("https://media.magazine.example/images/salon-du-jeu.")
    key = urlsplit(hero["src"]).path.removeprefix("/")
    assert image_size(object_bytes(s3, media_on_s3, key))[0] == "WEBP"


def test_the_feed_enclosure_is_the_rendition_in_the_bucket_with_its_length(
    client, s3, media_on_s3, article
):
    rendition = article.hero_image.get_rendition(ENCLOSURE_SPEC)
    length = len(object_bytes(s3, media_on_s3, rendition.file.name))
    [enclosure] = parse_feed(client, "/feed/").entries[0].enclosures
    assert enclosure.href == rendition.url
    assert fetch(enclosure.href)[2][:4] == b"RIFF"
    assert enclosure.type == "image/webp"
    assert int(enclosure.length) == length > 0
    # The length is kept: the next request asks the bucket nothing (it would answer 0 now).
    s3.delete_object(Bucket=media_on_s3, Key=rendition.file.name)
    assert int(parse_feed(client, "/feed/").entries[0].enclosures[0].length) == length


def test_deleting_an_image_removes_it_and_its_renditions_from_the_bucket(
    client, chief_client, committed, s3, media_on_s3, article, image
):
    assert client.get(article.url).status_code == 200
    assert len(bucket_keys(s3, media_on_s3)) > 1
    with committed():
        response = chief_client.post(f"/admin/images/{image.pk}/delete/")
    assert response.status_code == 302
    assert bucket_keys(s3, media_on_s3) == set()


def test_an_upload_under_a_taken_name_does_not_replace_the_first(
    s3, media_on_s3, chief_client, root_collection, image, photo
):
    other = jpeg("#c0392b", (800, 600))
    second = upload(chief_client, "salon-du-jeu.jpg", other, root_collection.pk)
    assert second.file.name != image.file.name
    assert second.file.name.startswith("original_images/salon-du-jeu")
    assert object_bytes(s3, media_on_s3, image.file.name) == photo
    assert object_bytes(s3, media_on_s3, second.file.name) == other


def test_a_document_is_served_by_a_redirect_to_the_bucket(
    client, s3, s3_endpoint, media_on_s3, root_collection
):
    document = DocumentFactory(
        title="Programme", collection=root_collection, file__filename="programme.pdf"
    )
    response = client.get(document.url)
    # Wagtail sends readers to the storage's URL when the file has no local path.
    assert response.status_code == 302
    assert response["Location"] == f"{s3_endpoint}/{media_on_s3}/documents/programme.pdf"
    assert fetch(response["Location"])[2] == object_bytes(
        s3, media_on_s3, "documents/programme.pdf"
    )
