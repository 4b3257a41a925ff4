"""Pieces of pages kept in the shared cache until the content generation changes."""

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from .generations import comment_generation, content_generation
from .local_copies import copies
from .release import release
from .tags import tag_request

T = TypeVar("T")


def piece_key(name: str, parts: tuple[Hashable, ...], generation: str) -> str:
    """The cache key of a piece: its name and parts, the generation, the code's release."""
    return ":".join(["piece", name, *map(str, parts), generation, release()])


def generation_cached(
    name: str, parts: tuple[Hashable, ...], build: Callable[[], T], timeout: int | None = None
) -> T:
    """Return the piece `name` for `parts` from the cache, built by `build()` if absent.

    The key holds the content generation: any publish, unpublish, move or restriction
    change makes every piece stale. `build()` must return something picklable and never
    None (the cache's word for a miss). Kept PAGE_PIECES_TIMEOUT seconds unless `timeout`,
    and copied into this process's memory for a while (local_copies.py).
    """
    key = piece_key(name, parts, content_generation())
    timeout = timeout or settings.PAGE_PIECES_TIMEOUT
    value = copies.get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = build()
            cache.set(key, value, timeout)
        copies.set(key, value, timeout)
    return value


def generation_cached_if_found(
    name: str, parts: tuple[Hashable, ...], find: Callable[[], T | None]
) -> T | None:
    """Return what `find()` finds for `parts`, kept in the cache until the generation changes;
    None, kept nowhere, when it finds nothing: made-up `parts` (an address's slug) fill no
    cache."""
    key = piece_key(name, parts, content_generation())
    value = copies.get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = find()
            if value is None:
                return None
            cache.set(key, value, settings.PAGE_PIECES_TIMEOUT)
        copies.set(key, value, settings.PAGE_PIECES_TIMEOUT)
    return value


def site_id(request: HttpRequest | None) -> int:
    """The id of the site serving `request` (found by CachedSiteMiddleware), 0 without one:
    pieces with links are kept per site."""
    site = getattr(request, "_wagtail_site", None)
    return site.pk if site else 0


def page_piece(
    request: HttpRequest | None,
    name: str,
    parts: tuple[Hashable, ...],
    render: Callable[[], str],
    comments: bool = False,
    timeout: int | None = None,
) -> SafeString:
    """Return the HTML `render()` makes, kept per site with `parts` until the generation
    changes (the comment generation too if `comments`, for HTML that counts or shows
    comments), or `timeout` seconds if sooner; rendered anew for a preview, which shows
    what is not published.

    The cache tags that rendering gave the response (cards, pages shown) are kept with the
    HTML and given again to every response that uses it from the cache.
    """
    if request is None or getattr(request, "is_preview", False):
        return mark_safe(render())  # noqa: S308 -- our templates' output

    def tagged_render() -> tuple[str, list[str]]:
        outer = getattr(request, "cache_tags", set())
        request.cache_tags = set()
        try:
            html = render()
            return html, sorted(request.cache_tags)
        finally:
            request.cache_tags = outer | request.cache_tags

    if comments:
        parts = (*parts, comment_generation())
    html, tags = generation_cached(name, (*parts, site_id(request)), tagged_render, timeout)
    tag_request(request, *tags)
    return mark_safe(html)  # noqa: S308 -- our templates' output


def generation_cached_many(
    name: str,
    parts: Sequence[tuple[Hashable, ...]],
    build_missing: Callable[[list[int]], list[T]],
) -> list[T]:
    """Return the pieces `name` for each of `parts`, in one round trip to the cache.

    `build_missing(indexes)` makes, in that order, the pieces of the `parts` at `indexes`
    that the cache lacks; they are stored in one round trip too.
    """
    generation = content_generation()
    keys = [piece_key(name, part, generation) for part in parts]
    found = {key: value for key in keys if (value := copies.get(key)) is not None}
    fetched = (
        cache.get_many([key for key in keys if key not in found]) if len(found) < len(keys) else {}
    )
    missing = [index for index, key in enumerate(keys) if key not in found and key not in fetched]
    built = {}
    if missing:
        built = dict(zip((keys[index] for index in missing), build_missing(missing), strict=True))
        cache.set_many(built, settings.PAGE_PIECES_TIMEOUT)
    # New dicts: django-redis answers a Redis that is down with one shared empty dict, which
    # an update would hand to every later lookup of the process.
    for key, value in {**fetched, **built}.items():
        copies.set(key, value, settings.PAGE_PIECES_TIMEOUT)
    found = {**found, **fetched, **built}
    return [found[key] for key in keys]
