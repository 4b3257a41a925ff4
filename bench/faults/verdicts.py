"""What the fault run recorded, counted, and each scenario's verdict: pure functions.

The run (bench/faults/scenarios.py) records every request with when it started and ended;
these count them by kind, check the comments against the rows the database holds, and say
what failed, one sentence each, so a test can check them without serving anything.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from ..comments import PENDING_NOTICE, Post

# The kinds of readers' requests: pages every reader gets from the cache in front (or from
# the origin once readers are pointed at it), new searches the cache has no copy of, and
# pages asked of gunicorn directly.
CACHED = "cached pages"
UNCACHED = "new searches"
ORIGIN = "origin"
KINDS = (CACHED, UNCACHED, ORIGIN)
# A refusal the reader understands: the form again with its message, or an error page that
# says in words what happened (its heading), from the site or from the cache in front.
MIN_MESSAGE = 10


@dataclass(frozen=True)
class Hit:
    """One reader's request: its kind, when it started and ended, and its status (None when
    no answer came: refused connection, reset, timeout)."""

    kind: str
    path: str
    started: float
    ended: float
    status: int | None
    error: str = ""

    @property
    def failed(self) -> bool:
        return self.status is None or self.status >= 500


@dataclass(frozen=True)
class Sent:
    """One comment POST, with when it started and ended."""

    post: Post
    started: float
    ended: float

    @property
    def failed(self) -> bool:
        """No answer, or a 5xx: what the reader gets when the worker dies under the POST
        (from Varnish, the 503 it answers for a backend that hung up)."""
        return self.post.status is None or self.post.status >= 500


@dataclass(frozen=True)
class Pages:
    """Readers' requests of one kind: how many, how many got a 5xx, how many no answer."""

    requests: int = 0
    server_errors: int = 0
    unanswered: int = 0

    @property
    def failed(self) -> int:
        return self.server_errors + self.unanswered


def count_pages(hits: Iterable[Hit]) -> dict[str, Pages]:
    """The requests of each kind in `hits`, with their 5xx and unanswered ones."""
    counts = {}
    for kind in KINDS:
        of_kind = [hit for hit in hits if hit.kind == kind]
        counts[kind] = Pages(
            requests=len(of_kind),
            server_errors=sum(hit.status is not None and hit.status >= 500 for hit in of_kind),
            unanswered=sum(hit.status is None for hit in of_kind),
        )
    return counts


def was_running(started: float, ended: float, at: float) -> bool:
    """Whether a request that ran from `started` to `ended` was under way at `at`."""
    return started <= at <= ended


def clear_refusal(post: Post) -> bool:
    """Whether a comment that was not acknowledged was refused in words the reader reads:
    an answer that is no success (from 400), with the form's message or an error page's
    heading."""
    return (
        post.status is not None and post.status >= 400 and len(post.refusal.strip()) >= MIN_MESSAGE
    )


@dataclass
class Comments:
    """What the comment POSTs got, and what the database holds of them.

    `in_flight` are POSTs that failed because the worker serving them was killed: the
    reader was told of an error; whether the row was committed first is not judged.
    """

    posts: int = 0
    acknowledged: int = 0
    stored: int = 0
    refused: int = 0
    unclear: int = 0
    missing: int = 0
    duplicates: int = 0
    misplaced: int = 0
    stored_unacknowledged: int = 0
    in_flight: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def failures(self) -> list[str]:
        """What went wrong with the comments, one sentence each; empty when nothing did."""
        checks = [
            (self.missing, "acknowledged but not stored"),
            (self.duplicates, "stored more than once"),
            (self.misplaced, "stored on another article than the one posted to"),
            (self.stored_unacknowledged, "stored though the reader was not told so"),
            (self.unclear, "left without an answer or refused without a clear message"),
        ]
        return [f"{count} comment(s) {what}" for count, what in checks if count]


def count_comments(
    sent: Iterable[Sent], stored: dict[str, list[str]], in_flight_at: float | None = None
) -> Comments:
    """Sort the answers to `sent` and check them against `stored`, the article of each row
    carrying a marker; POSTs unanswered while `in_flight_at` (a worker killed) are apart."""
    result = Comments()
    reasons: dict[str, int] = {}
    for item in sent:
        post, rows = item.post, stored.get(item.post.marker, [])
        result.posts += 1
        result.stored += len(rows)
        result.duplicates += len(rows) > 1
        result.misplaced += any(article != post.article for article in rows)
        if post.acknowledged:
            result.acknowledged += 1
            result.missing += not rows
            continue
        if (
            in_flight_at is not None
            and item.failed
            and was_running(item.started, item.ended, in_flight_at)
        ):
            result.in_flight += 1
            continue
        result.stored_unacknowledged += bool(rows)
        if clear_refusal(post):
            result.refused += 1
            reason = f"{post.status} {post.refusal}"
            reasons[reason] = reasons.get(reason, 0) + 1
        else:
            result.unclear += 1
            reason = f"{post.status} {post.refusal or post.location}".strip()
            reasons[reason] = reasons.get(reason, 0) + 1
    result.reasons = reasons
    return result


def page_failures(pages: dict[str, Pages], kinds: Iterable[str]) -> list[str]:
    """A sentence for each kind of `kinds` that had a 5xx or a request left unanswered."""
    failures = []
    for kind in kinds:
        counted = pages.get(kind, Pages())
        if counted.server_errors:
            failures.append(f"{counted.server_errors} 5xx on {kind}")
        if counted.unanswered:
            failures.append(f"{counted.unanswered} unanswered on {kind}")
    return failures


def recovery_failures(what: str, seconds: float | None, limit: float) -> list[str]:
    """A sentence when `what` did not recover (None) or took longer than `limit` seconds."""
    if seconds is None:
        return [f"{what} never recovered"]
    if seconds > limit:
        return [f"{what} took {seconds:.1f} s to recover (limit {limit:g} s)"]
    return []


def worker_kill_failures(hits: Iterable[Hit], sent: Iterable[Sent], killed_at: float) -> list[str]:
    """Requests that failed though they were not on the killed worker.

    A sync worker serves one request at a time, so at most one request, under way at the
    kill, may fail with it; any other failure, or two under way, is the fault spreading.
    """
    failed_hits = [hit for hit in hits if hit.failed]
    failed_posts = [item for item in sent if item.failed]
    spans = [(hit.started, hit.ended) for hit in failed_hits]
    spans += [(item.started, item.ended) for item in failed_posts]
    in_flight = [span for span in spans if was_running(*span, killed_at)]
    others = len(spans) - min(len(in_flight), 1)
    return [f"{others} request(s) failed besides the one on the killed worker"] if others else []


def notice(post: Post) -> str:
    """What the acknowledgement tells the reader: `attente` (held for moderation), the
    number of the published comment, or nothing when the comment was not acknowledged."""
    if not post.acknowledged:
        return ""
    return parse_qs(urlsplit(post.location).query).get("commentaire", [""])[0]


def degraded_limits_failures(before: Post, during: Post, after: Post) -> list[str]:
    """A known reader's comment is published at once while the cache answers, and held for
    moderation while it does not (its rate limits cannot be counted): as documented."""
    failures = [
        f"a known reader's comment {when} the outage was not published"
        for when, post in (("before", before), ("after", after))
        if not notice(post).isdigit()
    ]
    if notice(during) != PENDING_NOTICE:
        failures.append("a known reader's comment during the outage was not held")
    return failures
