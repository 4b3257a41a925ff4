"""Tests on SQLite, the embedded default of `make run`: the search must work there too.

Run only the search, author and tag tests and the admin's search with it, in a process of
their own (modelsearch picks its index model from the database vendor when it is imported):
`pytest tests/search tests/authors tests/tags tests/newsroom/test_admin_search.py
-m "not browser" --ds=magazine.settings.test_sqlite`, as `make test` does.
"""

from .test import *  # noqa: F403

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

# No Redis needed: this run stands alone.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
