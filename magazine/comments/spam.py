"""Defences against robots and floods: the time trap, links, and rate limits in the cache.

Article pages are served from a shared cache, the same to every reader, so nothing here
depends on a visitor's session or cookie:

- the time trap reads a signed stamp of when the page was made, the same for every reader
  for STAMP_STEP seconds (so two readers of a fresh page still get the same HTML);
- rate limits count, in the shared cache, salted hashes of the reader's network and e-mail
  address, each forgotten when its window ends: no address is ever written to the database.
"""

import ipaddress
import logging
import math
import re
import time
from enum import Enum

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

from magazine.client_ip import client_ip

logger = logging.getLogger(__name__)

STAMP_STEP = 10
STAMP_SALT = "magazine.comments.stamp"
LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
# More links than this and a comment waits for a moderator, whoever wrote it.
MAX_LINKS = 2


class Stamp(Enum):
    """What the time trap makes of a form's stamp."""

    GOOD = "good"
    TOO_FAST = "too_fast"
    TOO_OLD = "too_old"
    INVALID = "invalid"


def form_stamp(article_id: int, now: float | None = None) -> str:
    """Return the signed stamp a comment form on `article_id` carries when made at `now`.

    The time is rounded up to the next STAMP_STEP: a form made at t carries a time between
    t and t + STAMP_STEP, so a form sent under COMMENTS_MIN_DELAY seconds after it was made
    is always refused, and one sent STAMP_STEP seconds later never is.
    """
    made = math.ceil((time.time() if now is None else now) / STAMP_STEP) * STAMP_STEP
    return signing.Signer(salt=STAMP_SALT).sign(f"{article_id}:{made}")


def renewed_stamp(article_id: int) -> str:
    """Return a stamp that may be sent back at once: for a form refused as stale."""
    return form_stamp(article_id, time.time() - STAMP_STEP - settings.COMMENTS_MIN_DELAY)


def check_stamp(stamp: str, article_id: int, now: float | None = None) -> Stamp:
    """Return whether a form with `stamp` may be sent now for `article_id`."""
    try:
        value = signing.Signer(salt=STAMP_SALT).unsign(stamp)
        stamped_article, made = (int(part) for part in value.split(":"))
    except (signing.BadSignature, ValueError):
        return Stamp.INVALID
    if stamped_article != article_id:
        return Stamp.INVALID
    age = (time.time() if now is None else now) - made
    if age < settings.COMMENTS_MIN_DELAY:
        return Stamp.TOO_FAST
    if age > settings.COMMENTS_FORM_MAX_AGE:
        return Stamp.TOO_OLD
    return Stamp.GOOD


def link_count(text: str) -> int:
    """Return how many web addresses `text` holds."""
    return len(LINK.findall(text))


def network_of(address: str) -> str:
    """Return the network a reader is counted by: the address itself, or its IPv6 /64.

    One IPv6 subscriber usually holds a whole /64; counting addresses would let them post
    as many times as they have addresses.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


class CacheUnavailable(Exception):
    """The cache did not answer: the limits cannot be known."""


def _count(scope: str, value: str, period: int) -> int:
    """Count one more submission for `value` in the current window of `period` seconds."""
    window = int(time.time()) // period
    digest = salted_hmac(f"{STAMP_SALT}:{scope}:{window}", value).hexdigest()
    key = f"comments:rate:{scope}:{window}:{digest}"
    try:
        cache.add(key, 0, period + 5)
        count = cache.incr(key)
    except ValueError:  # the key expired between add() and incr()
        cache.set(key, 1, period + 5)
        count = 1
    except Exception as error:  # whatever the backend raises when it does not answer
        raise CacheUnavailable from error
    if count is None:  # django-redis ignoring a connection error returns None
        raise CacheUnavailable
    return count


def over_rate_limit(request: HttpRequest, email: str) -> bool:
    """Count this submission and return whether its network or e-mail sent too many.

    Raises CacheUnavailable when the cache does not answer.
    """
    limits = settings.COMMENTS_RATE_LIMITS
    values = {"ip": network_of(client_ip(request)), "email": email}
    over = False
    for scope, (limit, period) in limits.items():
        over = _count(scope, values[scope], period) > limit or over
    return over
