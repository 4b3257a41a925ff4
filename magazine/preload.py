"""What every web worker would load for its first request, loaded once by gunicorn's master
before it forks the workers (deploy/gunicorn.conf.py), which then share it.

Each worker loaded it again after every replacement (max_requests): the URLconf with the
views it imports, Wagtail's admin and its API on Django REST framework and pydantic among
them (about 15 MiB), and the Redis client library the cache imports on first use (about
6 MiB). Shared, a worker's own memory falls from about 39 to 23 MiB (USS), its proportional
set size from about 60 to 49 MiB; its resident size is the same either way, since it counts
shared pages too.
"""

from contextlib import suppress

from django.core.cache import caches
from django.urls import Resolver404, resolve


def load_before_fork() -> None:
    """Import the URLconf of the settings in use (resolving a path imports all of it) and
    the default cache's client.

    Any project's: the bench's floor is served with the same gunicorn configuration. Nothing
    is connected: the cache opens its connections on first use, in each worker.
    """
    # A URLconf without a root page is loaded all the same.
    with suppress(Resolver404):
        resolve("/")
    caches["default"]
