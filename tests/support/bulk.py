"""Creating many pages quickly, for the tests that show a budget stays flat."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.test import override_settings

from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def without_indexing() -> Iterator[None]:
    """Create pages without updating the search index or Wagtail's reference index, which
    query budgets of feeds and sitemaps never read."""
    backends = {
        name: {**params, "AUTO_UPDATE": False}
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with disable_reference_index_auto_update(), override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield
