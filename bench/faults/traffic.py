"""Readers and commenters, each a thread, recording every request while the faults come.

Readers ask for the public pages through the door readers use (Varnish, or gunicorn once
readers are pointed at it), for new searches that no cache holds, and for pages from
gunicorn directly. A commenter sends a comment every few tenths of a second through the
same door, as a reader's browser sends the form (bench/comments.py), each with a marker of
its own and from a reader address of its own.
"""

import http.client
import itertools
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..comments import CommentForm, post_comment
from .verdicts import CACHED, ORIGIN, UNCACHED, Hit, Sent

TIMEOUT = 10
READ_PAUSE = 0.05
POST_PAUSE = 0.3
# What the new searches look for: a word of the demo, then a number that makes each unique.
SEARCH = "/recherche/?q=consoles+{}"


@dataclass(frozen=True)
class Address:
    """Where requests go: host and port, and the URL a browser shows for them."""

    host: str
    port: int

    @classmethod
    def of(cls, url: str) -> "Address":
        parts = urlsplit(url)
        return cls(parts.hostname or "", parts.port or 80)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


def get(address: Address, path: str, kind: str) -> Hit:
    """GET `path` at `address`, read the whole answer; the request as it went."""
    started = time.monotonic()
    connection = http.client.HTTPConnection(address.host, address.port, timeout=TIMEOUT)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        response.read()
        return Hit(kind, path, started, time.monotonic(), response.status)
    except (OSError, http.client.HTTPException) as error:
        return Hit(kind, path, started, time.monotonic(), None, f"{type(error).__name__}")
    finally:
        connection.close()


class Traffic:
    """The readers' and commenters' threads, from start() to stop(), and what they got."""

    def __init__(
        self,
        front: Address,
        origin: Address,
        pages: list[str],
        forms: list[CommentForm],
        run: str,
    ) -> None:
        self.front, self.origin = front, origin
        self.pages, self.forms, self.run = pages, forms, run
        self.hits: list[Hit] = []
        self.sent: list[Sent] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._numbers = itertools.count()

    def point_readers_at(self, address: Address) -> None:
        """Send readers and commenters to `address` from now on (the failover)."""
        with self._lock:
            self.front = address

    def number(self) -> int:
        """A number used once in the run: a search's, a comment's marker and reader."""
        with self._lock:
            return next(self._numbers)

    def marker(self, number: int) -> str:
        return f"faute-{self.run}-{number:05d}"

    def start(self) -> None:
        """Start two readers of cached pages, one of new searches, one of the origin and a
        commenter."""
        loops = [self._cached_pages, self._cached_pages, self._new_searches, self._origin_pages]
        loops.append(self._comments)
        for offset, loop in enumerate(loops):
            thread = threading.Thread(target=loop, args=(offset,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        """Stop every thread once its request under way is done."""
        self._stopping.set()
        for thread in self._threads:
            thread.join()

    def between(self, started: float, ended: float) -> tuple[list[Hit], list[Sent]]:
        """The requests and comments that started between `started` and `ended`."""
        with self._lock:
            hits = [hit for hit in self.hits if started <= hit.started < ended]
            sent = [item for item in self.sent if started <= item.started < ended]
        return hits, sent

    def send_comment(self, email: str = "") -> Sent:
        """Send one comment through the readers' door now, recorded with the others; by a
        new reader unless `email` names one the site knows."""
        number = self.number()
        form = self.forms[number % len(self.forms)]
        with self._lock:
            front = self.front
        connection = http.client.HTTPConnection(front.host, front.port, timeout=TIMEOUT)
        started = time.monotonic()
        try:
            post = post_comment(connection, front.url, form, number, self.marker(number), email)
        finally:
            connection.close()
        sent = Sent(post, started, time.monotonic())
        with self._lock:
            self.sent.append(sent)
        return sent

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def _cached_pages(self, offset: int) -> None:
        for position in itertools.count(offset):
            if self._stopping.is_set():
                return
            with self._lock:
                front = self.front
            self._record(get(front, self.pages[position % len(self.pages)], CACHED))
            time.sleep(READ_PAUSE)

    def _new_searches(self, offset: int) -> None:
        while not self._stopping.is_set():
            with self._lock:
                front = self.front
            self._record(get(front, SEARCH.format(self.number()), UNCACHED))
            time.sleep(READ_PAUSE)

    def _origin_pages(self, offset: int) -> None:
        for position in itertools.count(offset):
            if self._stopping.is_set():
                return
            self._record(get(self.origin, self.pages[position % len(self.pages)], ORIGIN))
            time.sleep(READ_PAUSE)

    def _comments(self, offset: int) -> None:
        while not self._stopping.is_set():
            self.send_comment()
            time.sleep(POST_PAUSE)
