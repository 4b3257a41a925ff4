"""Static files as production serves them: collected, hashed, compressed, served by WhiteNoise.

collectstatic runs once with the production storage into a temporary STATIC_ROOT; requests
then go through the site's WSGI application, whose WhiteNoise middleware answers them.
"""

import gzip
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from wsgiref.headers import Headers
from wsgiref.util import setup_testing_defaults

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.test.utils import override_settings

import brotli
import pytest

from magazine.settings import base

STYLESHEET = "css/magazine.css"
ONE_YEAR = "max-age=31536000"


@dataclass(frozen=True)
class Collected:
    """The site's WSGI application over the collected files, and the stylesheet's names."""

    application: WSGIHandler
    static_root: Path
    hashed_url: str
    unhashed_url: str

    @property
    def original(self) -> bytes:
        """The hashed stylesheet as collectstatic wrote it, uncompressed."""
        return (self.static_root / self.hashed_url.removeprefix("/static/")).read_bytes()


@dataclass(frozen=True)
class Response:
    status: int
    headers: Headers
    body: bytes


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Collected]:
    """Collect the project's static files as production does, and serve them."""
    static_root = tmp_path_factory.mktemp("static")
    with override_settings(
        # Production's static files storage (base settings); the tests' own media storage.
        STORAGES={**settings.STORAGES, "staticfiles": base.STORAGES["staticfiles"]},
        STATIC_ROOT=static_root,
        # The project's own files only: Wagtail's hundreds take long to compress and would
        # show nothing more about the storage and the middleware.
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        # Production's defaults (DEBUG off): the files WhiteNoise found at start, nothing else.
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    ):
        call_command("collectstatic", "--noinput", verbosity=0)
        hashed_url = staticfiles_storage.url(STYLESHEET)
        yield Collected(WSGIHandler(), static_root, hashed_url, f"/static/{STYLESHEET}")


def fetch(application: WSGIHandler, path: str, accept_encoding: str = "") -> Response:
    """GET `path` from the WSGI application, as a server would pass the request on."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path}
    if accept_encoding:
        environ["HTTP_ACCEPT_ENCODING"] = accept_encoding
    setup_testing_defaults(environ)
    started = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info=None) -> None:
        started.update(status=int(status.split()[0]), headers=Headers(headers))

    result = application(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        result.close()
    return Response(started["status"], started["headers"], body)


def identity(body: bytes) -> bytes:
    return body


def test_the_stylesheet_is_linked_by_its_hashed_name(collected):
    assert collected.hashed_url != collected.unhashed_url
    assert collected.hashed_url.startswith("/static/css/magazine.")


def test_a_hashed_file_is_kept_a_year_and_never_revalidated(collected):
    response = fetch(collected.application, collected.hashed_url)
    assert response.status == 200
    directives = [part.strip() for part in response.headers["Cache-Control"].split(",")]
    assert ONE_YEAR in directives
    assert "immutable" in directives
    assert "public" in directives


def test_the_unhashed_name_is_kept_only_a_short_while(collected):
    response = fetch(collected.application, collected.unhashed_url)
    assert response.status == 200
    cache_control = response.headers["Cache-Control"]
    assert ONE_YEAR not in cache_control
    assert "immutable" not in cache_control
    assert cache_control == "max-age=60, public"


@pytest.mark.parametrize(
    ("accept_encoding", "content_encoding", "decompress"),
    [
        ("gzip, deflate, br, zstd", "br", brotli.decompress),
        ("gzip, deflate", "gzip", gzip.decompress),
        ("", None, identity),
    ],
    ids=["brotli", "gzip", "identity"],
)
def test_the_file_comes_compressed_as_the_client_accepts(
    collected,
    accept_encoding: str,
    content_encoding: str | None,
    decompress: Callable[[bytes], bytes],
):
    response = fetch(collected.application, collected.hashed_url, accept_encoding)
    assert response.status == 200
    assert response.headers["Content-Encoding"] == content_encoding
    assert int(response.headers["Content-Length"]) == len(response.body)
    assert decompress(response.body) == collected.original
    assert response.headers["Content-Type"].startswith("text/css")


@pytest.mark.parametrize("accept_encoding", ["gzip, deflate, br", "gzip", ""])
def test_caches_keep_one_copy_per_encoding_and_no_more(collected, accept_encoding: str):
    response = fetch(collected.application, collected.hashed_url, accept_encoding)
    assert response.headers.get_all("Vary") == ["Accept-Encoding"]
