"""Keeping the search index in step with page relations saved after the page itself.

Wagtail's own signal handlers index a page on every save, from a fresh copy read from the
database by its primary key. On publish, modelcluster writes the page's child relations,
tags among them, only after that save: the copy read then still has the previous tags. Once
the publish is over, the page is indexed again with everything it now holds.
"""

from modelsearch import index

# The uid the receiver is connected with (apps.py), so that bulk.py can take it off.
REINDEX_RECEIVER_UID = "search-reindex-published"


def reindex_published_page(instance, **kwargs) -> None:
    """Signal receiver for `page_published`: index the page again, relations included."""
    index.insert_or_update_object(instance)
