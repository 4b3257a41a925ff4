"""The content generation: a token that changes whenever published content changes.

Pieces of pages kept in the shared cache (an article's « Publications similaires », its
rendered body) put the token in their keys. One publish, unpublish, move, deletion or view
restriction change renews it, so every such piece goes stale at once without anyone
knowing which pages hold what; each is rebuilt, once, by its next request.
"""

import secrets

from django.core.cache import cache
from django.db import transaction

KEY = "content-generation"


def content_generation() -> str:
    """The current token; a new one if the cache has none (a flushed or unreachable cache)."""
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
    _renew()
    transaction.on_commit(_renew, robust=True)


def _renew() -> None:
    cache.set(KEY, secrets.token_hex(8), timeout=None)
