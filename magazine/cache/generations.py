"""Generations: tokens that change whenever what readers see changes.

Pieces of pages kept in the shared cache put tokens in their keys. The **content**
generation covers published content: one publish, unpublish, move, deletion or view
restriction change renews it, so every such piece goes stale at once without anyone knowing
which pages hold what; each is rebuilt, once, by its next request. The **comment** generation
covers the approved comments, which listings count on their cards: a comment approved,
refused or erased renews it alone, so the pieces that hold no count outlive it.

A job that changes thousands of things in a row (an import) gathers its renewals
(`renewals_gathered()`) and renews each generation once a batch: no round trip to the cache
per change, and the pieces go stale once a batch rather than once a change.
"""

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse

KEY = "content-generation"
COMMENT_KEY = "comment-generation"
KEYS = (KEY, COMMENT_KEY)
# The tokens read once for the request being served (see ContentGenerationMiddleware).
_request_tokens: ContextVar[dict[str, str] | None] = ContextVar("generations", default=None)
# The generations to renew, gathered by renewals_gathered() while a block of it runs.
_gathered: ContextVar[set[str] | None] = ContextVar("renewals", default=None)


def content_generation() -> str:
    """The current content token (the request's, once read); a new one if the cache has none."""
    return _token(KEY)


def comment_generation() -> str:
    """The current comment token (the request's, once read); a new one if the cache has none."""
    return _token(COMMENT_KEY)


def _token(key: str) -> str:
    tokens = _request_tokens.get()
    if tokens is not None:
        return tokens[key]
    return _cached_tokens([key])[key]


def _cached_tokens(keys: list[str]) -> dict[str, str]:
    """The tokens in the cache, in one round trip; new ones for those it lacks (a flushed
    or unreachable cache)."""
    # A copy: django-redis answers a Redis that is down with one shared empty dict.
    tokens = dict(cache.get_many(keys))
    for key in keys:
        if key not in tokens:
            cache.add(key, secrets.token_hex(8), timeout=None)
            # Another process may have added its own first: use whichever the cache kept.
            tokens[key] = cache.get(key) or secrets.token_hex(8)
    return tokens


def renew_content_generation(**kwargs) -> None:
    """Renew the content token now and once more when the transaction commits.

    Between the two, a reader's request may rebuild a piece from the content as it was
    before the commit and keep it under the first new token; the second makes it stale. The first
    is what a change sees before its commit (a test's transaction, a later step of the
    same transaction).
    """
    _renew_twice(KEY)


def renew_comment_generation() -> None:
    """Renew the comment token now and once more when the transaction commits."""
    _renew_twice(COMMENT_KEY)


def _renew_twice(key: str) -> None:
    gathered = _gathered.get()
    if gathered is not None:
        gathered.add(key)
        return
    renew_now(key)
    transaction.on_commit(lambda: renew_now(key), robust=True)


@contextmanager
def renewals_gathered(dropped: bool = False) -> Iterator[Callable[[], None]]:
    """Gather the renewals asked for in the block; the yielded function renews each
    generation gathered since its last call, once, as the block's end does.

    Call it between the job's transactions, where a renewal is final at once; until then,
    readers may be served the pieces of before the batch. A job that rolls everything back
    at its end (a dry run) has them `dropped`: it changes nothing readers see.
    """
    keys: set[str] = set()

    def renew() -> None:
        if keys and not dropped:
            renew_now(*sorted(keys))
        keys.clear()

    reset = _gathered.set(keys)
    try:
        yield renew
    finally:
        _gathered.reset(reset)
        renew()


def renew_now(*keys: str) -> None:
    """Renew the tokens of `keys` (every generation without any) at once: a command."""
    for key in keys or KEYS:
        token = secrets.token_hex(8)
        cache.set(key, token, timeout=None)
        tokens = _request_tokens.get()
        if tokens is not None:
            tokens[key] = token


class ContentGenerationMiddleware:
    """Read the tokens once per request, not once per piece (a page has a dozen)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        reset = _request_tokens.set(_cached_tokens(list(KEYS)))
        try:
            return self.get_response(request)
        finally:
            _request_tokens.reset(reset)
