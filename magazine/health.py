"""`/healthz`: whether this application server can serve, for the cache in front and monitors.

Answered by a middleware placed first, before host validation and the HTTPS redirect: the
cache's probe asks by the server's own address, over plain HTTP. It reveals nothing but
which part is down, costs one query and two cache round trips, and is never cached.
"""

import secrets
from collections.abc import Callable

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers

PATH = "/healthz"
# The parts without which no page can be made. The cache is not one: a Redis that stops
# answering makes pages slower, never wrong (REDIS_CACHE_OPTIONS ignores its errors).
ESSENTIAL = ("database",)
# `/healthz?essential`: 503 only when an essential part is down. The cache in front asks
# this before sending readers here (deploy/varnish/default.vcl): were a Redis outage to make
# the server sick, readers would get errors for every page the cache does not hold.
ESSENTIAL_ONLY = "essential"


def down_parts() -> list[str]:
    """The parts that do not answer: `database`, `cache`."""
    down = []
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        down.append("database")
    # A key of its own per check: concurrent checks never read each other's value. A cache
    # that does not answer reads as empty (REDIS_CACHE_OPTIONS ignores its errors).
    key, token = f"healthz:{secrets.token_hex(8)}", secrets.token_hex(8)
    try:
        cache.set(key, token, timeout=5)
        answers = cache.get(key) == token
    except Exception:  # noqa: BLE001 -- any failure of the cache is the cache being down
        answers = False
    if not answers:
        down.append("cache")
    return down


def health(request: HttpRequest) -> HttpResponse:
    """200 `{"status": "ok"}`, or 503 with the parts that are down.

    With `?essential`, a part down that pages can do without answers 200, `degraded`.
    """
    down = down_parts()
    failing = down
    if ESSENTIAL_ONLY in request.GET:
        failing = [part for part in down if part in ESSENTIAL]
    if not down:
        body = {"status": "ok"}
    else:
        body = {"status": "down" if failing else "degraded", "down": down}
    response = JsonResponse(body, status=503 if failing else 200)
    add_never_cache_headers(response)
    return response


class HealthCheckMiddleware:
    """Answer GET and HEAD requests for `/healthz`, before any other middleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info == PATH and request.method in ("GET", "HEAD"):
            return health(request)
        return self.get_response(request)
