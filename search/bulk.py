"""Pages saved by the thousand, indexed for search in bulk rather than one by one.

Each add to the index also recomputes the title norms of the whole index (modelsearch's
PostgreSQL backend averages every entry's title length first), so indexing pages one by one
costs more with every page already in the index: a job that saves thousands of pages in a
row (an import) indexes them a batch at a time with `indexed_in_bulk()`. Searches are kept
in the cache under the content generation and purged by the `search` tag, as on a publish:
a batch indexed renews the one and purges the other, since the publishes before it changed
nothing the search finds.
"""

import logging
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from django.db.models.signals import post_save

from modelsearch import index
from modelsearch.backends import get_search_backends_with_name
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page
from wagtail.signals import page_published

from magazine.cache.generations import renew_content_generation
from magazine.cache.purge import purge
from magazine.cache.tags import SEARCH

from .indexing import REINDEX_RECEIVER_UID, reindex_published_page

logger = logging.getLogger(__name__)


class BulkIndex:
    """The pages saved since the last `flush()`, by model, which it indexes together."""

    def __init__(self, batch: int) -> None:
        self.batch = batch
        self.pending: dict[type[Page], set[int]] = defaultdict(set)

    def saved(self, instance: Page, raw: bool = False, **kwargs) -> None:
        """Signal receiver for `post_save`: index the page at the next flush, as it is then.

        A page saved as a plain Page is indexed as its specific model, as Wagtail's
        handler would; one whose transaction is rolled back is no longer there to index.
        """
        if not raw:
            self.pending[instance.specific_class or type(instance)].add(instance.pk)

    def discard(self) -> None:
        """Forget the pages saved so far (a job that rolls them back)."""
        self.pending.clear()

    @property
    def full(self) -> bool:
        return sum(len(pks) for pks in self.pending.values()) >= self.batch

    def flush(self) -> None:
        """Index the pending pages that still exist, one query and one add per model; renew
        what keeps searches in the caches.

        As Wagtail's own indexing does, a backend whose `catch_indexing_errors` is set (a
        search server) logs its failures rather than failing the job.
        """
        for model, pks in self.pending.items():
            pages = list(model.get_indexed_objects().filter(pk__in=pks))
            for name, backend in get_search_backends_with_name(with_auto_update=True):
                try:
                    backend.add_bulk(model, pages)
                except Exception:
                    if not backend.catch_indexing_errors:
                        raise
                    logger.exception(
                        "Indexing %d pages in the '%s' backend failed", len(pages), name
                    )
        if self.pending:
            renew_content_generation()
            purge([SEARCH])
        self.pending.clear()


@contextmanager
def indexed_in_bulk(batch: int = 100) -> Iterator[BulkIndex]:
    """Within the block, the pages saved are indexed together when the yielded BulkIndex is
    flushed, and at the end of the block, rather than on each save and publish.

    Its owner flushes it outside any transaction of its own (a page whose transaction is
    rolled back after the flush would leave its entry behind), when `full` says so. The
    receivers are swapped for the whole block and put back once, whatever happens:
    connecting a receiver weakly leaves a `weakref.finalize` behind for as long as the
    process lives, so doing it once per page would grow the process with every page. Meant
    for a command run in a process of its own: a request served by the same process
    meanwhile would not index what it publishes until the next flush.
    """
    page_models = [model for model in index.get_indexed_models() if issubclass(model, Page)]
    quiet = [
        model for model in page_models if post_save.disconnect(post_save_signal_handler, model)
    ]
    reindexing = page_published.disconnect(dispatch_uid=REINDEX_RECEIVER_UID)
    bulk = BulkIndex(batch)
    for model in quiet:
        post_save.connect(bulk.saved, sender=model, weak=False)
    try:
        yield bulk
    finally:
        try:
            # Pages already committed are indexed, even when the job stops on an error.
            bulk.flush()
        finally:
            for model in quiet:
                post_save.disconnect(bulk.saved, sender=model)
                post_save.connect(post_save_signal_handler, sender=model)
            if reindexing:
                page_published.connect(reindex_published_page, dispatch_uid=REINDEX_RECEIVER_UID)
