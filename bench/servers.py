"""The PostgreSQL server, the Redis database and the Python the benchmarks use, read once from
the environment.

`BENCH_DATABASE_URL` names a server and a database name from which each run makes its own
database (the search run `test_<name>`, the served site `<name>_<run>`), dropped at its end.
`BENCH_REDIS_URL` names a Redis database the served site flushes at its start and its end:
never point it at one in use.
`BENCH_SITE_PYTHON` names the interpreter that serves the site (gunicorn) and loads it for
the footprint: that of a virtualenv with production's dependencies only (`make bench` makes
`.venv-site`), so that a worker holds what production's does, not the test and lint
packages some libraries import when they find them. By default, the bench's own.
"""

import sys

import environ

env = environ.Env()
DATABASE_URL = env.str(
    "BENCH_DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/magazine_bench"
)
REDIS_URL = env.str("BENCH_REDIS_URL", default="redis://127.0.0.1:6379/14")
SITE_PYTHON = env.str("BENCH_SITE_PYTHON", default=sys.executable)
