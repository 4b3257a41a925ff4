"""What every web worker would load for its first request, loaded once by gunicorn's master
before it forks the workers (deploy/gunicorn.conf.py), which then share it.

Each worker loaded it again after every replacement (max_requests): the URLconf with the
views it imports, Wagtail's admin among them (about 4 MiB), and the Redis client library the
cache imports on first use (about 6 MiB). Shared, a worker's own memory falls from about 39
to 21 MiB (USS), its proportional set size from about 60 to 48 MiB; its resident size is the
same either way, since it counts shared pages too.
"""

from django.core.cache import caches
from django.urls import reverse


def load_before_fork() -> None:
    """Import the URLconf, fill its reverse lookups, and import the default cache's client.

    Nothing is connected: the cache opens its connections on first use, in each worker.
    """
    reverse("wagtail_serve", args=[""])
    caches["default"]
