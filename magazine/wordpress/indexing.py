"""Each imported page in Wagtail's reference index once, rather than on every save.

Importing a post saves its page three or four times (added to the tree, its revision, its
publication, its dates), and Wagtail updates the page's references on each save. Within
`referenced_once()` page saves update nothing; the page's references are recorded once its
item is done, in the item's transaction. The search index is the search app's
(`search.bulk.indexed_in_bulk`, for the whole run).
"""

from collections.abc import Iterator
from contextlib import contextmanager

from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def referenced_once(page: Page) -> Iterator[None]:
    """Save `page` as often as need be in the block; record its references once at the end."""
    with disable_reference_index_auto_update():
        yield
    ReferenceIndex.create_or_update_for_object(page)
