"""The content generation: a token that changes whenever published content changes.

Pieces of pages kept in the shared cache (an article's « Publications similaires », its
rendered body) put the token in their keys. One publish, unpublish, move, deletion or view
restriction change renews it, so every such piece goes stale at once without anyone
knowing which pages hold what; each is rebuilt, once, by its next request.
"""

import secrets
from collections.abc import Callable
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse

KEY = "content-generation"
# The token read once for the request being served (see ContentGenerationMiddleware).
_request_token: ContextVar[str | None] = ContextVar("content_generation", default=None)


def content_generation() -> str:
    """The current token (the request's, once read); a new one if the cache has none."""
    token = _request_token.get()
    if token is not None:
        return token
    return _cached_token()


def _cached_token() -> str:
    """The token in the cache; a new one if it has none (a flushed or unreachable cache)."""
    token = cache.get(KEY)
    if token is None:
        cache.add(KEY, secrets.token_hex(8), timeout=None)
        # Another process may have added its own first: use whichever the cache kept.
        token = cache.get(KEY) or secrets.token_hex(8)
    return token


def renew_content_generation(**kwargs) -> None:
    """Renew the token now and once more when the transaction commits.

    Between the two, a reader's request may rebuild a piece from the content as it was
    before the commit and keep it under the first new token; the second makes it stale. The first
    is what a change sees before its commit (a test's transaction, a later step of the
    same transaction).
    """
    renew_now()
    transaction.on_commit(renew_now, robust=True)


def renew_now() -> None:
    """Renew the token at once (outside a transaction: a command)."""
    token = secrets.token_hex(8)
    cache.set(KEY, token, timeout=None)
    if _request_token.get() is not None:
        _request_token.set(token)


class ContentGenerationMiddleware:
    """Read the token once per request, not once per piece (a page has a dozen)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        reset = _request_token.set(_cached_token())
        try:
            return self.get_response(request)
        finally:
            _request_token.reset(reset)
