"""Purges sent once the transaction commits, through Wagtail's frontend cache backends."""

from collections.abc import Iterable
from functools import partial

from django.db import transaction

from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache

from .tags import checked


def purge(tags: Iterable[str] = (), urls: Iterable[str] = ()) -> None:
    """Purge the responses carrying `tags`, and `urls`, once the transaction commits.

    Sent before the commit, a purge would let a reader put the old version back in the
    cache. Nothing is sent unless WAGTAILFRONTENDCACHE names a cache. A cache that does not
    answer is logged by its backend; a purge never fails the change that asked for it.
    """
    tags, urls = checked(tags), set(urls)
    if tags or urls:
        transaction.on_commit(partial(send_purge, tags, urls), robust=True)


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
