"""Benchmark settings: the test settings on a database of the benchmark's own.

`BENCH_DATABASE_URL` names a PostgreSQL server and database; the benchmark creates
`test_<name>` there, fills it and drops it at the end, as Django's test runner does.
"""

from magazine.settings.test import *  # noqa: F403
from magazine.settings.test import env

DATABASES = {
    "default": env.db_url_config(
        env.str("BENCH_DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/magazine_bench")
    )
}
# The benchmark measures the database and the view, not a cache server.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
