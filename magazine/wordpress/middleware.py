"""Permanent redirects for WordPress' addresses by id: `/?p=12`, `/?page_id=3`…

They reach the home page's URL with a query string: the home page answers 200, and
Wagtail's redirect middleware, which only looks when a page is not found, never sees them.
This one looks first, for those query parameters only, among Wagtail's redirects (which
the import fills and editors keep in the admin). The answer is a 301 for that very URL: the
cache in front keys on the whole URL, query string included, so the home page's own
cached copy is neither served for it nor replaced by it.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from .redirects import QUERY_KEYS, old_path


class WordPressQueryRedirectMiddleware:
    """Answer WordPress' `?p=ID`-style addresses with the redirect the import recorded."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("GET", "HEAD") and QUERY_KEYS.intersection(request.GET):
            target = self.target(request)
            if target:
                return HttpResponsePermanentRedirect(target)
        return self.get_response(request)

    def target(self, request: HttpRequest) -> str:
        """Return where the recorded redirect of this address leads, or ''."""
        path = old_path(request.get_full_path())
        if not path:
            return ""
        site = Site.find_for_request(request)
        redirect = (
            Redirect.get_for_site(site)
            .filter(old_path=path)
            .select_related("redirect_page")
            .first()
        )
        if redirect is None:
            return ""
        return redirect.link or ""
