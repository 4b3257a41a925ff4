"""Benchmark settings: the test settings on a database of the benchmark's own.

`BENCH_DATABASE_URL` (bench/servers.py) names a PostgreSQL server and database; the search
run creates `test_<name>` there, fills it and drops it at the end, as Django's test runner does.
"""

from magazine.settings.test import *  # noqa: F403
from magazine.settings.test import env

from .servers import DATABASE_URL

DATABASES = {"default": env.db_url_config(DATABASE_URL)}
# The benchmark measures the database and the view, not a cache server.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
