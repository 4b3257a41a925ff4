"""Cache-Control for every response: public for anonymous readers, private for anyone else.

A page for anonymous readers is the same for all of them (no CSRF token, no session, nothing
per visitor in its HTML), so browsers keep it `CACHE_CONTROL_MAX_AGE` seconds and the shared
cache in front `CACHE_CONTROL_S_MAXAGE`, until a purge drops it (receivers.py). Anything that
may be personal is `private, no-store`: a request that is not GET or HEAD, the admin and its
previews, a request with a session, a message or credentials, a response that sets a cookie,
and errors. A view that chose its own Cache-Control keeps it, made private when personal.
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import add_never_cache_headers, patch_cache_control

from magazine.admin_path import is_admin

from .tags import HEADER, SITE, tag_response

SAFE_METHODS = ("GET", "HEAD")
# Redirects (editors change them, Wagtail adds them when a page moves) and pages that do not
# exist (yet: an article about to be published) are kept a short while only.
SHORT_LIVED = (301, 302, 404, 410)


def is_personal(request: HttpRequest, response: HttpResponseBase) -> bool:
    """Whether `response` may hold something for this visitor alone, or change their state."""
    return (
        request.method not in SAFE_METHODS
        or is_admin(request)
        or getattr(request, "is_preview", False)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or CookieStorage.cookie_name in request.COOKIES
        or "Authorization" in request.headers
        or bool(getattr(get_messages(request), "added_new", False))
        or bool(response.cookies)
    )


def make_private(response: HttpResponseBase) -> None:
    """Mark `response` for this visitor's browser alone, to be stored nowhere."""
    del response["Cache-Control"]
    del response[HEADER]
    add_never_cache_headers(response)


def make_public(response: HttpResponseBase, max_age: int, s_maxage: int) -> None:
    """Mark `response` as the same for every anonymous reader, kept that long."""
    patch_cache_control(response, public=True, max_age=max_age, s_maxage=s_maxage)


def drop_cookie_from_vary(response: HttpResponseBase) -> None:
    """Remove `Cookie` from Vary: a public response never depends on cookies.

    Django adds it whenever the session is read (the user bar asks who is signed in), and a
    cache that honours it would keep one copy per set of analytics cookies. Requests with a
    session or a message never get a public response (is_personal), nor a cached one: the
    cache in front passes them to the application.
    """
    fields = (field.strip() for field in response.get("Vary", "").split(","))
    kept = [field for field in fields if field and field.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


class CacheControlMiddleware:
    """Set the Cache-Control and cache tags of every response (see the module's docstring).

    It stands above the session, message and CSRF middleware in MIDDLEWARE, so it sees the
    cookies they set on the way out.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if is_personal(request, response) or response.status_code >= 500:
            make_private(response)
            return response
        if not response.has_header("Cache-Control"):
            if response.status_code == 200:
                make_public(
                    response, settings.CACHE_CONTROL_MAX_AGE, settings.CACHE_CONTROL_S_MAXAGE
                )
            elif response.status_code in SHORT_LIVED:
                short = settings.CACHE_CONTROL_SHORT_MAX_AGE
                make_public(response, short, short)
            else:
                make_private(response)
                return response
        if "public" in response["Cache-Control"]:
            drop_cookie_from_vary(response)
            tag_response(response, SITE, *getattr(request, "cache_tags", ()))
        else:
            del response[HEADER]
        return response
