"""Pieces of pages kept in the shared cache until the content generation changes."""

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from .generations import content_generation

T = TypeVar("T")


def piece_key(name: str, parts: tuple[Hashable, ...], generation: str) -> str:
    return ":".join(["piece", name, *map(str, parts), generation])


def generation_cached(name: str, parts: tuple[Hashable, ...], build: Callable[[], T]) -> T:
    """Return the piece `name` for `parts` from the cache, built by `build()` if absent.

    The key holds the content generation: any publish, unpublish, move or restriction
    change makes every piece stale. `build()` must return something picklable and never
    None (the cache's word for a miss).
    """
    key = piece_key(name, parts, content_generation())
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.PAGE_PIECES_TIMEOUT)
    return value


def generation_cached_many(
    name: str, parts: Sequence[tuple[Hashable, ...]], build: Callable[[int], T]
) -> list[T]:
    """Return the pieces `name` for each of `parts`, in one round trip to the cache.

    `build(i)` makes the piece of `parts[i]` when the cache lacks it; what is built is
    stored in one round trip too.
    """
    generation = content_generation()
    keys = [piece_key(name, part, generation) for part in parts]
    found = cache.get_many(keys)
    built = {}
    pieces = []
    for index, key in enumerate(keys):
        piece = found.get(key)
        if piece is None:
            piece = built[key] = build(index)
        pieces.append(piece)
    if built:
        cache.set_many(built, settings.PAGE_PIECES_TIMEOUT)
    return pieces
