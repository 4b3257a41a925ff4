"""Purges sent once the transaction commits, through Wagtail's frontend cache backends.

A job that changes thousands of pages in a row (an import) gathers its purges
(`purges_gathered()`) and sends them a batch at a time: one request per batch rather than
one per page.
"""

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django.db import transaction

from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache

from .tags import checked

# The tags and URLs gathered by purges_gathered(), while a block of it runs.
_gathered: ContextVar[tuple[set[str], set[str]] | None] = ContextVar("purges", default=None)


def purge(tags: Iterable[str] = (), urls: Iterable[str] = ()) -> None:
    """Purge the responses carrying `tags`, and `urls`, once the transaction commits.

    Sent before the commit, a purge would let a reader put the old version back in the
    cache. Nothing is sent unless WAGTAILFRONTENDCACHE names a cache. A cache that does not
    answer is logged by its backend; a purge never fails the change that asked for it.
    Within purges_gathered(), the purge waits for the block's next sending.
    """
    tags, urls = checked(tags), set(urls)
    gathered = _gathered.get()
    if gathered is not None:
        gathered[0].update(tags)
        gathered[1].update(urls)
    elif tags or urls:
        transaction.on_commit(partial(send_purge, tags, urls), robust=True)


@contextmanager
def purges_gathered(dropped: bool = False) -> Iterator[Callable[[], None]]:
    """Gather the purges asked for in the block; the yielded function sends them, as the
    block's end does.

    Each sending purges every tag and URL gathered since the last, once the transaction
    commits (at once outside one): call it between the job's transactions. A purge asked
    for by a change later rolled back is sent all the same, which costs a reader no more
    than a cache miss. A job that rolls everything back at its end (a dry run) has them
    `dropped`: each sending forgets them, so that they are not kept until then.
    """
    tags: set[str] = set()
    urls: set[str] = set()

    def send() -> None:
        if (tags or urls) and not dropped:
            transaction.on_commit(partial(send_purge, set(tags), set(urls)), robust=True)
        tags.clear()
        urls.clear()

    reset = _gathered.set((tags, urls))
    try:
        yield send
    finally:
        _gathered.reset(reset)
        send()


def send_purge(tags: set[str], urls: set[str]) -> None:
    """Purge `tags` and `urls` now, from every cache WAGTAILFRONTENDCACHE names.

    URLs go through Wagtail (its task picks the backends of each URL's host); tags go to the
    backends that purge by tag (VarnishBackend). A backend without tags (a CDN's) gets the
    URLs only, and its pages live out their s-maxage.
    """
    if urls:
        purge_urls_from_cache(sorted(urls))
    if tags:
        for backend in get_backends().values():
            if hasattr(backend, "purge_tags"):
                backend.purge_tags(tags)
