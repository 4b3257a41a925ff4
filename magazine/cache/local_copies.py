"""A copy of recent pieces of pages in each process's memory.

A page is made of a dozen pieces; fetched from Redis, each costs a round trip, which is
most of what a warm page costs. A piece's key holds the generations and the release, so a
copy under that key is never wrong while the key is the one in use: the tokens, read from
Redis once per request, say which keys are. Copies are kept pickled (each use gets its own
objects, as from Redis), a minute at most (pieces kept for a while, such as searches, stay
about as long as in Redis), and PAGE_PIECES_LOCAL_ENTRIES of them at most per process.
"""

import pickle
import threading
import time
from collections import OrderedDict

from django.conf import settings

MAX_AGE = 60


class LocalCopies:
    """Pickled values by key, the least recently used dropped past the setting's number."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> object | None:
        """The value kept under `key`, None if there is none or it is too old."""
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            if item[0] < time.monotonic():
                del self._items[key]
                return None
            self._items.move_to_end(key)
        return pickle.loads(item[1])  # noqa: S301 -- what this process pickled itself

    def set(self, key: str, value: object, timeout: int) -> None:
        """Keep `value` under `key` for `timeout` seconds, a minute at most."""
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        expires = time.monotonic() + min(timeout, MAX_AGE)
        with self._lock:
            self._items[key] = (expires, data)
            self._items.move_to_end(key)
            while len(self._items) > settings.PAGE_PIECES_LOCAL_ENTRIES:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


copies = LocalCopies()
