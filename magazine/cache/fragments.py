"""Pieces of pages kept in the shared cache until the content generation changes."""

from collections.abc import Callable, Hashable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from .generations import content_generation

T = TypeVar("T")


def generation_cached(name: str, parts: tuple[Hashable, ...], build: Callable[[], T]) -> T:
    """Return the piece `name` for `parts` from the cache, built by `build()` if absent.

    The key holds the content generation: any publish, unpublish, move or restriction
    change makes every piece stale. `build()` must return something picklable and never
    None (the cache's word for a miss).
    """
    key = ":".join(["piece", name, *map(str, parts), content_generation()])
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.PAGE_PIECES_TIMEOUT)
    return value
