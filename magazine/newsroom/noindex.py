"""Keep search engines out of the admin: `X-Robots-Tag: noindex, nofollow` on its responses.

Wagtail's admin pages carry a robots meta tag, but its sign-in redirects, JSON answers, image
previews and the lockout page do not; a header covers them all. robots.txt asks crawlers not
to fetch the admin at all (magazine/seo/views.py), which does not stop a page linked from
elsewhere from being indexed: this does.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase

from magazine.admin_path import is_admin

ROBOTS = "noindex, nofollow"


class AdminNoIndexMiddleware:
    """Add `X-Robots-Tag: noindex, nofollow` to every response under the admin's path."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if is_admin(request):
            response["X-Robots-Tag"] = ROBOTS
        return response
