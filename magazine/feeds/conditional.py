"""Validators and cache headers of feed responses: ETag, Last-Modified, 304 Not Modified.

The ETag is a digest of the feed's bytes, so it changes with anything a reader would see:
an article edited, unpublished, restricted, moved or expired, an author or tag renamed, the
full-content setting switched. Last-Modified must change with them too, for readers that
send only If-Modified-Since; the newest publication date among the entries would not (an
article unpublished leaves it as it was), so Last-Modified is the time the feed at this
address was first served with its current ETag, kept in the shared cache. Without that
record (a cold or unreachable cache) it is the current time: one full answer too many, never
a wrong 304.
"""

import hashlib
import time

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import http_date

CHANGE_CACHE_KEY = "feeds:changed:{digest}"
# A record unused this long is dropped; the feed is then served once more in full.
CHANGE_TIMEOUT = 30 * 24 * 3600


def last_changed(feed_url: str, etag: str) -> int:
    """Return when the feed at `feed_url` was first served with `etag` (a Unix time).

    A change always moves the time forward, by a second at least, even within the second
    of the previous change: a reader who fetched that version must not get a 304.
    """
    digest = hashlib.md5(feed_url.encode(), usedforsecurity=False).hexdigest()
    key = CHANGE_CACHE_KEY.format(digest=digest)
    recorded = cache.get(key)
    if recorded and recorded[0] == etag:
        return recorded[1]
    now = int(time.time())
    changed_at = max(now, recorded[1] + 1) if recorded else now
    cache.set(key, (etag, changed_at), timeout=CHANGE_TIMEOUT)
    return changed_at


def conditional_feed(request: HttpRequest, response: HttpResponse, feed_url: str) -> HttpResponse:
    """Return `response` with its validators and cache headers, or a 304 if the reader's
    copy is current."""
    set_response_etag(response)
    changed_at = last_changed(feed_url, response["ETag"])
    response.headers["Last-Modified"] = http_date(changed_at)
    return get_conditional_response(
        request, etag=response["ETag"], last_modified=changed_at, response=response
    )
