"""The Varnish backend of Wagtail's frontend cache: purges by URL and by cache tag."""

import logging
from collections.abc import Collection
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

logger = logging.getLogger("wagtail.frontendcache")

# The request header that names the tags to purge (deploy/varnish/default.vcl).
PURGE_TAGS_HEADER = "X-Purge-Tags"


class VarnishBackend(BaseBackend):
    """Send PURGE requests to the Varnish at LOCATION, for URLs or for cache tags.

    A URL is purged as Wagtail's HTTPBackend does it (`PURGE <path>` with the page's Host);
    tags in one request, `PURGE /` with `X-Purge-Tags: p12 p3 a7`, which the VCL hands to
    xkey. Unlike HTTPBackend, every request has a timeout (TIMEOUT, 2 s by default): an
    unreachable cache must not hold an editor's publish. A failure is logged, never raised:
    the cached pages then live out their s-maxage.
    """

    def __init__(self, params: dict) -> None:
        super().__init__(params)
        location = urlsplit(params["LOCATION"])
        self.scheme, self.netloc = location.scheme, location.netloc
        self.timeout = params.get("TIMEOUT", 2)

    def purge(self, url: str) -> None:
        """Purge the cached copies of `url`."""
        parts = urlsplit(url)
        request = self.request(parts.path or "/", parts.query, {"Host": parts.netloc})
        self.send(request, f"URL {url}")

    def purge_tags(self, tags: Collection[str]) -> None:
        """Purge every cached response that carries one of `tags`."""
        if tags:
            request = self.request("/", "", {PURGE_TAGS_HEADER: " ".join(sorted(tags))})
            self.send(request, f"tags {' '.join(sorted(tags))}")

    def request(self, path: str, query: str, headers: dict[str, str]) -> Request:
        """Return a PURGE request for `path` at the cache's own address."""
        # The scheme is LOCATION's, from the settings.
        return Request(  # noqa: S310
            urlunsplit((self.scheme, self.netloc, path, query, "")),
            method="PURGE",
            headers={"User-Agent": f"Wagtail-frontendcache/{wagtail_version}", **headers},
        )

    def send(self, request: Request, what: str) -> None:
        """Send `request`, logging an error instead of raising if the cache does not answer."""
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 -- see request()
                pass
        except OSError as error:  # URLError, HTTPError and timeouts alike
            logger.error("Couldn't purge %s from Varnish at %s: %s", what, self.netloc, error)
