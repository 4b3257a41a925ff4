"""Uploads through the admin: images only, of a bounded size and number of pixels."""

import io
import json
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest
from PIL import Image as PILImage

from tests.factories.pages import ArticlePageFactory
from tests.support.html import soup

ADD = "/admin/images/add/"
ADD_MULTIPLE = "/admin/images/multiple/add/"


def png(width: int = 40, height: int = 30) -> bytes:
    """Return a real PNG image of that size."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#c0392b").save(buffer, "PNG")
    return buffer.getvalue()


def chunk(kind: bytes, data: bytes) -> bytes:
    """Return one PNG chunk, with its length and checksum."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_declaring(width: int, height: int) -> bytes:
    """Return a PNG of a few hundred bytes whose header declares `width` × `height` pixels.

    A decompression bomb: a black image compresses almost to nothing, so a tiny file can
    claim gigabytes of pixels. Its first rows are enough; no check ever decodes further.
    """
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    rows = zlib.compress(b"\x00" * (1 + width // 8) * 8)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def add_image(client, name: str, content: bytes):
    """Post the admin's « Ajouter une image » form; return the response."""
    root = Collection.get_first_root_node()
    data = {"title": "Une image", "collection": root.pk, "file": upload(name, content)}
    return client.post(ADD, data)


def add_multiple(client, name: str, content: bytes) -> dict:
    """Post one file to the admin's multiple upload; return its JSON answer."""
    root = Collection.get_first_root_node()
    response = client.post(ADD_MULTIPLE, {"collection": root.pk, "files[]": upload(name, content)})
    assert response.status_code == 200
    return json.loads(response.content)


def file_error(response) -> str:
    """Return the error the add form shows at its file field."""
    assert response.status_code == 200
    error = soup(response).select_one("[data-field-wrapper] .error-message, .error-message")
    assert error is not None, "no error shown"
    return error.get_text(" ", strip=True)


BOMB = png_declaring(30_000, 30_000)
HTML_AS_JPG = b"<!doctype html><script>alert(document.cookie)</script>"
SVG_AS_JPG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)


def test_the_bomb_is_a_tiny_file_declaring_900_megapixels():
    assert len(BOMB) < 1000
    assert struct.unpack(">II", BOMB[16:24]) == (30_000, 30_000)


def test_a_decompression_bomb_is_refused_with_a_french_error(writer_client):
    response = add_image(writer_client, "bombe.png", BOMB)
    assert "trop grand nombre de pixels" in file_error(response)
    assert not get_image_model().objects.exists()


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_an_image_over_the_pixel_limit_is_refused(writer_client):
    # 64 megapixels: under Pillow's own hard stop (twice the limit), over ours.
    response = add_image(writer_client, "grande.png", png_declaring(8_000, 8_000))
    assert "trop grand nombre de pixels (64000000)" in file_error(response)
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("content", [HTML_AS_JPG, SVG_AS_JPG], ids=["html", "svg"])
def test_a_non_image_named_jpg_is_refused(writer_client, content):
    response = add_image(writer_client, "photo.jpg", content)
    error = file_error(response)
    assert "image valide" in error or "Image .jpeg non valide" in error
    assert not get_image_model().objects.exists()


def test_an_svg_is_not_an_accepted_format(writer_client):
    response = add_image(writer_client, "dessin.svg", SVG_AS_JPG)
    assert "Format d'image non supporté" in file_error(response)
    assert not get_image_model().objects.exists()


def test_a_file_over_twenty_megabytes_is_refused(writer_client):
    # A real PNG followed by padding, which image readers ignore: only its size is wrong.
    heavy = png() + b"\x00" * (20 * 1024 * 1024)
    response = add_image(writer_client, "lourde.png", heavy)
    assert "Ce fichier est trop gros" in file_error(response)
    assert not get_image_model().objects.exists()


def test_a_normal_image_is_accepted(writer_client):
    response = add_image(writer_client, "console.png", png())
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (40, 30)


def test_the_multiple_upload_refuses_a_decompression_bomb(writer_client):
    answer = add_multiple(writer_client, "bombe.png", BOMB)
    assert answer["success"] is False
    assert "trop grand nombre de pixels" in answer["error_message"]
    assert not get_image_model().objects.exists()


def test_the_multiple_upload_refuses_a_non_image_named_jpg(writer_client):
    answer = add_multiple(writer_client, "photo.jpg", HTML_AS_JPG)
    assert answer["success"] is False
    assert "image valide" in answer["error_message"]
    assert not get_image_model().objects.exists()


def test_the_multiple_upload_accepts_a_normal_image(writer_client):
    answer = add_multiple(writer_client, "console.png", png())
    assert answer["success"] is True
    assert get_image_model().objects.count() == 1


def test_pillow_refuses_beyond_twice_the_upload_limit_everywhere(settings):
    assert PILImage.MAX_IMAGE_PIXELS == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    with pytest.raises(PILImage.DecompressionBombError):
        PILImage.open(io.BytesIO(BOMB))


def test_no_public_page_offers_a_file_upload(client, category):
    article = ArticlePageFactory(parent=category)
    for url in ("/", category.url, article.url, "/recherche/?q=jeu"):
        page = soup(client.get(url))
        assert not page.select("input[type=file], form[enctype='multipart/form-data']"), url
