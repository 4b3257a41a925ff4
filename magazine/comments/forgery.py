"""Forged submissions: the comment form is refused unless the browser says it is our own.

Article pages come from a shared cache, the same to every reader, so they cannot carry
Django's CSRF token (a per-visitor cookie and field). Browsers say where a submission
comes from instead: `Sec-Fetch-Site` (every current browser), else `Origin` (sent with
every cross-origin POST, and same-origin ones too since 2020), else `Referer`. A forged
form on another site shows its own origin in all three, and a page cannot change them;
a request with none of them is no browser's and is refused too.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest


def origin_of(url: str) -> str:
    """Return the scheme and host of `url`, as `Origin` writes them."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def is_same_origin(request: HttpRequest) -> bool:
    """Return whether the browser says `request` was sent by a page of this site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site == "same-origin":
        return True
    # Another origin may still be ours: one of CSRF_TRUSTED_ORIGINS (a sibling host).
    ours = {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin in ours
    if fetch_site is not None:
        return False
    return origin_of(request.headers.get("Referer", "")) in ours
