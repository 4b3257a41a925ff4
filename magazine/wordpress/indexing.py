"""Each imported page indexed once (search and references), rather than on every save.

Importing a post saves its page three or four times (added to the tree, its revision, its
publication, its dates), and Wagtail and modelsearch index it again on each save: half of
an import's time. Within `indexed_once()` page saves index nothing; the page is indexed
once its item is done: for search by the `page_published` receiver (search/indexing.py)
when published, else here; for references here. The signal receivers are taken off for
the block only, in the importing process: a management command, serving no request.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db.models.signals import post_save

from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexed_once(page: Page) -> Iterator[None]:
    """Save `page` as often as need be in the block; index it once at the end."""
    page_models = [model for model in index.get_indexed_models() if issubclass(model, Page)]
    quiet = [
        model for model in page_models if post_save.disconnect(post_save_signal_handler, model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in quiet:
            post_save.connect(post_save_signal_handler, sender=model)
    if not page.live:
        index.insert_or_update_object(page)
    ReferenceIndex.create_or_update_for_object(page)
