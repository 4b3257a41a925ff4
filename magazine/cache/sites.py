"""The Wagtail Site of each request, with its home page, from the shared cache.

Wagtail looks the site up by host name and port, then fetches the home page twice (as a
Page, then as its own type) on every request it routes. The middleware keeps the site,
with its home page ready, in the cache until the content generation changes (a publish,
a move, a site saved), and hands it to Wagtail as the site it has already found for the
request (`request._wagtail_site`, which Site.find_for_request reads first;
tests/cache/test_sites.py fails if Wagtail stops reading it).
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port

from wagtail.models import Site

from .fragments import generation_cached

NO_SITE = False  # the cache's None means a miss


def cached_site(request: HttpRequest) -> Site | None:
    """The site serving `request`, its `root_page` already its own type."""
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()

    def find() -> Site | bool:
        site = Site._find_for_request(request)
        if site is None:
            return NO_SITE
        site.root_page = site.root_page.specific
        return site

    site = generation_cached("site", (hostname, port), find)
    return site or None


class CachedSiteMiddleware:
    """Find the request's site in the cache before Wagtail looks for it in the database.

    Below CommonMiddleware, which has refused hosts outside ALLOWED_HOSTS: no request can
    fill the cache with made-up host names.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request._wagtail_site = cached_site(request)
        return self.get_response(request)
