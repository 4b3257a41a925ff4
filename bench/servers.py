"""The PostgreSQL server and the Redis database the benchmarks use, read once from the environment.

`BENCH_DATABASE_URL` names a server and a database name from which each run makes its own
database (the search run `test_<name>`, the served site `<name>_<run>`), dropped at its end.
`BENCH_REDIS_URL` names a Redis database the served site flushes at its start and its end:
never point it at one in use.
"""

import environ

env = environ.Env()
DATABASE_URL = env.str(
    "BENCH_DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/magazine_bench"
)
REDIS_URL = env.str("BENCH_REDIS_URL", default="redis://127.0.0.1:6379/14")
