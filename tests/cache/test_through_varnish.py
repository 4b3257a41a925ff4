"""Through a real Varnish running the repository's VCL: hits, purges on publish, grace.

Varnish is started by the test, in front of a server of the test's own on the transactional
database, and stopped by its pid. Without varnishd these tests are skipped, and fail on CI.
"""

import gzip
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import brotli
import pytest
from pytest_django.live_server_helper import LiveServer

from magazine.articles.models import ArticlePage
from tests.factories.pages import ArticlePageFactory
from tests.support.varnish import running_varnish

pytestmark = pytest.mark.varnish


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    text: str


def fetch(url: str, **headers: str) -> Answer:
    """GET `url` as a reader's browser would, errors included."""
    try:
        with urlopen(Request(url, headers=headers), timeout=10) as response:  # noqa: S310
            status, head, body = response.status, response.headers, response.read()
    except HTTPError as error:
        status, head, body = error.code, error.headers, error.read()
    if head.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return Answer(status, dict(head.items()), body.decode())


@pytest.fixture
def origin(
    migrated_rows: str, transactional_db: None, django_db_serialized_rollback: None
) -> Iterator[LiveServer]:
    """The application, served on the transactional database by a thread the test may stop."""
    server = LiveServer("127.0.0.1")
    yield server
    server.stop()


@pytest.fixture
def varnish(origin: LiveServer, tmp_path, settings) -> Iterator[str]:
    """Varnish in front of `origin`, where Wagtail's frontend cache sends its purges."""
    with running_varnish(tmp_path, origin.thread.port) as address:
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {"BACKEND": "magazine.cache.backends.VarnishBackend", "LOCATION": address}
        }
        yield address


@pytest.fixture
def article(home_page, category) -> ArticlePage:
    return ArticlePageFactory(parent=category, title="Les consoles de cette année")


def test_the_second_reader_gets_the_page_from_the_cache(varnish, article):
    first, second = fetch(varnish + article.url), fetch(varnish + article.url)
    assert (first.status, first.headers["X-Cache"]) == (200, "MISS")
    assert (second.status, second.headers["X-Cache"]) == (200, "HIT")
    assert second.text == first.text
    for internal in ("X-Cache-Tags", "xkey", "Via", "X-Varnish"):
        assert internal not in second.headers


def test_cached_pages_keep_the_security_headers_and_name_no_server_software(varnish, article):
    fetch(varnish + article.url)
    hit = fetch(varnish + article.url)
    assert hit.headers["X-Cache"] == "HIT"
    # The origin here is Django's own server, whose Server header gives Python's version.
    assert "Server" not in hit.headers
    assert hit.headers["Content-Security-Policy"].startswith("default-src 'none'")
    for header in ("Permissions-Policy", "Cross-Origin-Resource-Policy", "Referrer-Policy"):
        assert header in hit.headers


def test_readers_with_other_cookies_share_the_cached_page_and_a_session_passes(varnish, article):
    fetch(varnish + article.url)
    assert fetch(varnish + article.url, Cookie="_ga=GA1.1.123").headers["X-Cache"] == "HIT"
    with_session = fetch(varnish + article.url, Cookie="_ga=GA1.1.123; sessionid=abc")
    assert with_session.headers["X-Cache"] == "PASS"
    assert "private" in with_session.headers["Cache-Control"]


def test_publishing_purges_the_article_and_the_pages_listing_it(varnish, category, article):
    pages = [article.url, category.url, "/"]
    for url in pages:
        fetch(varnish + url)
        assert fetch(varnish + url).headers["X-Cache"] == "HIT", url
    article.title = "Les consoles de la décennie"
    article.save_revision().publish()
    for url in pages:
        answer = fetch(varnish + url)
        assert answer.headers["X-Cache"] == "MISS", url
        assert "Les consoles de la décennie" in answer.text, url


def test_public_pages_are_compressed_by_varnish(varnish, article):
    answer = fetch(varnish + article.url, **{"Accept-Encoding": "gzip"})
    assert answer.headers["Content-Encoding"] == "gzip"
    assert "Les consoles de cette année" in answer.text


def test_a_cached_page_is_served_stale_while_the_origin_is_down(
    varnish, origin, settings, home_page, article
):
    settings.CACHE_CONTROL_S_MAXAGE = 1
    assert fetch(varnish + article.url).headers["X-Cache"] == "MISS"
    origin.stop()
    # Past its TTL, the page is served from the grace period; a page never cached is not.
    stale = fetch(varnish + article.url)
    while stale.headers["X-Cache"] == "HIT":
        time.sleep(0.2)
        stale = fetch(varnish + article.url)
    assert (stale.status, stale.headers["X-Cache"]) == (200, "HIT-STALE")
    assert "Les consoles de cette année" in stale.text
    assert fetch(varnish + "/recherche/").status == 503


def test_a_page_never_cached_says_in_french_that_the_site_is_unavailable(varnish, origin):
    origin.stop()
    answer = fetch(varnish + "/recherche/?q=consoles")
    assert answer.status == 503
    assert "Site momentanément indisponible" in answer.text
    assert answer.headers["Cache-Control"] == "no-store"


def test_a_new_article_enters_the_related_lists_open_to_it_and_no_other(
    varnish, category, other_category
):
    tagged = ArticlePageFactory(parent=category, title="Le retour de la Switch", tags=["Switch"])
    ArticlePageFactory.create_batch(4, parent=other_category, tags=["Switch"])
    untagged = ArticlePageFactory(parent=other_category, title="Une souris sans fil")
    ArticlePageFactory.create_batch(4, parent=other_category)
    for page in (tagged, untagged):
        fetch(varnish + page.url)
        assert fetch(varnish + page.url).headers["X-Cache"] == "HIT", page.url
    newcomer = ArticlePageFactory(parent=category, title="La Switch en promotion", tags=["Switch"])
    newcomer.save_revision().publish()
    answer = fetch(varnish + tagged.url)
    assert answer.headers["X-Cache"] == "MISS"
    assert "La Switch en promotion" in answer.text
    # Its list is full of its category's articles, which the newcomer does not outrank.
    assert fetch(varnish + untagged.url).headers["X-Cache"] == "HIT"


class StaticOrigin(BaseHTTPRequestHandler):
    """WhiteNoise's answers for a hashed static file, as Brotli, gzip or plain as asked,
    and a page (Varnish's health probe included); records the Accept-Encoding of each
    static file's fetch."""

    fetched: list[str]

    def do_GET(self) -> None:  # noqa: N802 -- http.server's name
        encoding = self.headers.get("Accept-Encoding") or ""
        if self.path.startswith("/static/"):
            self.fetched.append(encoding)
            body, headers = STYLESHEET, {"Content-Type": "text/css"}
            if "br" in encoding:
                body, headers["Content-Encoding"] = brotli.compress(body), "br"
            elif "gzip" in encoding:
                body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
            headers["Cache-Control"] = "max-age=31536000, public, immutable"
            headers["Vary"] = "Accept-Encoding"
        else:
            body = b"<!DOCTYPE html><title>Une page</title>" + STYLESHEET
            headers = {"Content-Type": "text/html", "Cache-Control": "public, s-maxage=600"}
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


STYLESHEET = b"body { color: #222; }\n" * 200


@pytest.fixture
def static_varnish(tmp_path) -> Iterator[tuple[str, list]]:
    """Varnish in front of StaticOrigin; yields its address and the origin's fetches."""
    fetched: list[str] = []
    handler = type("Origin", (StaticOrigin,), {"fetched": fetched})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with running_varnish(tmp_path, server.server_address[1]) as address:
            yield address, fetched
    finally:
        server.shutdown()
        server.server_close()


def raw_get(url: str, accept_encoding: str) -> tuple[dict[str, str], bytes]:
    """GET `url` with this Accept-Encoding; the headers and the body as sent."""
    request = Request(url, headers={"Accept-Encoding": accept_encoding})  # noqa: S310
    with urlopen(request, timeout=10) as response:  # noqa: S310
        return dict(response.headers.items()), response.read()


def test_static_files_reach_browsers_in_brotli_through_varnish(static_varnish):
    address, fetched = static_varnish
    url = address + "/static/css/site.0123abcd.css"
    for _ in range(2):
        headers, body = raw_get(url, "gzip, deflate, br, zstd")
        assert headers["Content-Encoding"] == "br"
        assert brotli.decompress(body) == STYLESHEET
    assert headers["X-Cache"] == "HIT"
    headers, body = raw_get(url, "gzip, deflate")
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == STYLESHEET
    headers, body = raw_get(url, "br;q=0, gzip")
    assert headers["Content-Encoding"] == "gzip"
    # The origin was asked once per encoding: the copies are kept apart, then served.
    assert sorted(fetched) == ["br", "gzip"]


def test_pages_stay_gzip_for_browsers_that_accept_brotli(static_varnish):
    address, _fetched = static_varnish
    headers, body = raw_get(address + "/une-page/", "gzip, deflate, br")
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body).startswith(b"<!DOCTYPE html>")
