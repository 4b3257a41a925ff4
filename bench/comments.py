"""Comment load: `python -m bench comments` (part of `make bench`).

CLIENTS clients at once each send POSTS comments to the demo articles that take comments,
through gunicorn with the production settings (bench/stack.py), as a reader's browser sends
the form: the fields of the page as served, same-origin headers, the trap left empty, once
the time trap's minimum has passed. Each POST is a reader of its own (an address given in
X-Forwarded-For, an e-mail), so the rate limits stay as production sets them and should
refuse none. Each text carries a marker; the database then says whether every acknowledged
comment is stored exactly once.

Prints one table; fails (non-zero exit) on a 5xx, a POST left unanswered or refused, a
comment stored twice, acknowledged but missing, stored on another article, or stored though
its reader was told it was not, and on an error in the site's output during the run.
"""

import html
import http.client
import ipaddress
import os
import re
import secrets
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlencode, urlsplit

import psycopg

from magazine.comments.spam import STAMP_STEP
from magazine.settings.base import COMMENTS_MIN_DELAY, COMMENTS_RATE_LIMITS

from .percentiles import percentile
from .stack import ServedSite, served_site

CLIENTS = 20
POSTS = 50
TIMEOUT = 60
# Each POST's reader: an address of this network, one after the other.
READERS = ipaddress.ip_network("10.0.0.0/8")
# Every page's address, in the sitemap; the regular expression reads our own sitemap only.
LOCATION = re.compile(r"<loc>([^<]+)</loc>")
PENDING_NOTICE = "attente"
# An error page's main heading; the regular expression reads our own pages and Varnish's.
HEADING = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S | re.I)
# What the site's output shows of an error: a traceback (an exception logged after the
# comment was saved, say), or gunicorn's own alarm (a worker killed for taking too long).
LOGGED_ERROR = re.compile(r"^Traceback \(most recent call last\)|\[(?:ERROR|CRITICAL)\]", re.M)


@dataclass(frozen=True)
class CommentForm:
    """The comment form of one article page as served: where it posts, and its fields."""

    page: str
    action: str
    fields: dict[str, str]


@dataclass(frozen=True)
class Post:
    """One comment sent, and what came back: no status when nothing did."""

    marker: str
    article: str
    page: str
    status: int | None
    location: str = ""
    refusal: str = ""
    milliseconds: float = 0.0

    @property
    def acknowledged(self) -> bool:
        """Whether the site said the comment was taken: a 303 to its article, with the notice
        of a held comment or the number of a published one."""
        if self.status != 303:
            return False
        location = urlsplit(self.location)
        notice = parse_qs(location.query).get("commentaire", [""])[0]
        return location.path == self.page and (notice == PENDING_NOTICE or notice.isdigit())


@dataclass
class Tally:
    """What the POSTs got, what the database holds of them, and what the site logged."""

    posts: int = 0
    acknowledged: int = 0
    refused: Counter = field(default_factory=Counter)
    server_errors: int = 0
    unanswered: int = 0
    stored: int = 0
    duplicates: int = 0
    missing: int = 0
    misplaced: int = 0
    stored_unacknowledged: int = 0
    logged_errors: int = 0

    @property
    def rate_limited(self) -> int:
        return sum(count for reason, count in self.refused.items() if reason.startswith("429"))

    @property
    def failures(self) -> list[str]:
        """What went wrong, one sentence each; empty when the run passed."""
        checks = [
            (self.server_errors, "answered with a 5xx"),
            (self.unanswered, "got no answer"),
            (sum(self.refused.values()), "refused (each was a valid reader's comment)"),
            (self.duplicates, "stored more than once"),
            (self.missing, "acknowledged but not stored"),
            (self.misplaced, "stored on another article than the one posted to"),
            (self.stored_unacknowledged, "stored though the reader was not told so"),
        ]
        failures = [f"{count} comment(s) {what}" for count, what in checks if count]
        if self.logged_errors:
            failures.append(f"the site logged {self.logged_errors} error(s)")
        return failures


def tally(posts: list[Post], stored: dict[str, list[str]], log: str = "") -> Tally:
    """Sort the answers to `posts`, check them against `stored`, the articles of the rows
    that carry each marker, and count the errors in the site's `log` of the run."""
    result = Tally(
        posts=len(posts),
        stored=sum(len(rows) for rows in stored.values()),
        logged_errors=len(LOGGED_ERROR.findall(log)),
    )
    for post in posts:
        rows = stored.get(post.marker, [])
        if post.status is None:
            result.unanswered += 1
        elif post.status >= 500:
            result.server_errors += 1
        elif post.acknowledged:
            result.acknowledged += 1
            result.missing += not rows
        else:
            result.refused[f"{post.status} {post.refusal or post.location}".strip()] += 1
        if rows and not post.acknowledged:
            result.stored_unacknowledged += 1
        result.duplicates += len(rows) > 1
        result.misplaced += any(article != post.article for article in rows)
    return result


class FormReader(HTMLParser):
    """Reads a page's comment form: where it posts, its fields, and the messages it shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self.messages: list[str] = []
        self._in_form = self._in_errors = False
        self._textarea: str | None = None
        self._text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        classes = attributes.get("class", "").split()
        if tag == "form" and "comment-form" in classes:
            self._in_form, self.action = True, attributes.get("action", "")
        elif not self._in_form:
            return
        elif tag == "input" and attributes.get("name") and attributes.get("type") != "submit":
            self.fields[attributes["name"]] = attributes.get("value", "")
        elif tag == "textarea":
            self._textarea, self._text = attributes.get("name", ""), []
        elif tag == "div" and "comment-form__errors" in classes:
            self._in_errors = True
        elif tag == "p" and (self._in_errors or "comment-form__error" in classes):
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False
        elif tag == "div":
            self._in_errors = False
        elif tag == "textarea" and self._textarea is not None:
            # A browser drops the line break that starts a textarea's content.
            self.fields[self._textarea] = "".join(self._text or []).removeprefix("\n")
            self._textarea, self._text = None, None
        elif tag == "p" and self._text is not None:
            self.messages.append(" ".join("".join(self._text).split()))
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def read_form(page: str) -> FormReader:
    """The comment form of the HTML `page`, read."""
    reader = FormReader()
    reader.feed(page)
    reader.close()
    return reader


def refusal(page: str) -> str:
    """What a page answering a refused comment tells the reader: the form's last message
    (the most specific: the general one comes first), else the page's main heading (an
    error page's)."""
    reader = read_form(page)
    if reader.messages:
        return reader.messages[-1]
    heading = HEADING.search(page)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", heading[1])).split()) if heading else ""


def get(site: ServedSite, path: str) -> str:
    """The page at `path`, which must answer 200."""
    connection = http.client.HTTPConnection(site.host, site.port, timeout=TIMEOUT)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode()
    finally:
        connection.close()
    if response.status != 200:
        raise RuntimeError(f"GET {path} answered {response.status}:\n{site.log_tail()}")
    return body


def page_paths(site: ServedSite, sitemap: str = "/sitemap.xml") -> list[str]:
    """The path of every page the sitemap lists, through its sections when it is an index."""
    paths = []
    for address in LOCATION.findall(get(site, sitemap)):
        location = urlsplit(html.unescape(address))
        if location.path.endswith(".xml"):
            query = f"?{location.query}" if location.query else ""
            paths += page_paths(site, location.path + query)
        else:
            paths.append(location.path)
    return paths


def comment_forms(site: ServedSite) -> list[CommentForm]:
    """The comment form of every page in the sitemap that has one: the articles open to
    comments."""
    forms = []
    for page in page_paths(site):
        reader = read_form(get(site, page))
        if reader.action is not None and "stamp" in reader.fields:
            action = urlsplit(reader.action).path
            forms.append(CommentForm(page=page, action=action, fields=reader.fields))
    if not forms:
        raise RuntimeError("No page of the site has a comment form.")
    return forms


def post_comment(
    connection: http.client.HTTPConnection,
    site_url: str,
    form: CommentForm,
    reader: int,
    marker: str,
    email: str = "",
) -> Post:
    """Send one comment as a reader's browser sends the form, from the reader's own address.

    `site_url` is the address the reader's browser shows (the origin's, or the cache's in
    front of it); `connection` leads to it. The reader's e-mail is one of their own unless
    `email` is given (a reader known to the site).
    """
    fields = {
        **form.fields,
        "name": f"Lecteur {reader}",
        "email": email or f"lecteur-{reader}@lecteurs.example",
        "body": f"Merci pour cet article, il m'a appris quelque chose. [{marker}]",
    }
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Origin": site_url,
        "Referer": site_url + form.page,
        "Sec-Fetch-Site": "same-origin",
        "X-Forwarded-For": str(READERS[reader + 1]),
    }
    sent = Post(marker=marker, article=form.fields.get("article", ""), page=form.page, status=None)
    started = time.perf_counter()
    try:
        connection.request("POST", form.action, urlencode(fields), headers)
        response = connection.getresponse()
        content = response.read().decode(errors="replace")
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        return replace(sent, refusal=f"{type(error).__name__}: {error}")
    return replace(
        sent,
        status=response.status,
        location=response.getheader("Location", ""),
        refusal=refusal(content) if response.status != 303 else "",
        milliseconds=(time.perf_counter() - started) * 1000,
    )


def send_comments(
    site: ServedSite,
    forms: list[CommentForm],
    client: int,
    posts: int,
    run: str,
    stop: threading.Event,
) -> list[Post]:
    """One client's POSTs, one after the other, each by a reader of its own, spread over
    the articles; stops early when `stop` is set."""
    connection = http.client.HTTPConnection(site.host, site.port, timeout=TIMEOUT)
    sent = []
    try:
        for number in range(posts):
            if stop.is_set():
                break
            form = forms[(client + number) % len(forms)]
            marker = f"charge-{run}-{client:02d}-{number:03d}"
            reader = client * posts + number
            sent.append(post_comment(connection, site.url, form, reader, marker))
    finally:
        connection.close()
    return sent


def stored_articles(database_url: str, run: str) -> dict[str, list[str]]:
    """For each marker of run `run` found in the comments table, the article of each row."""
    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            # The table and column names Django gives the Comment model.
            "SELECT substring(body FROM %s), article_id FROM comments_comment WHERE body LIKE %s",
            (f"charge-{run}-[0-9]+-[0-9]+", f"%charge-{run}-%"),
        ).fetchall()
    stored = defaultdict(list)
    for marker, article in rows:
        stored[marker].append(str(article))
    return dict(stored)


def wait_out_time_trap(fetched_at: float) -> None:
    """Wait until forms served at `fetched_at` may be sent.

    A form's stamp is the time its page was made, rounded up to STAMP_STEP; the form may be
    sent once the stamp is COMMENTS_MIN_DELAY old (magazine/comments/spam.py).
    """
    ready_at = fetched_at + STAMP_STEP + COMMENTS_MIN_DELAY
    print(f"Forms fetched; waiting {ready_at - time.time():.0f} s for the time trap.")
    while (left := ready_at - time.time()) > 0:
        time.sleep(left)


def print_report(clients: int, outcome: Tally, posts: list[Post], wall: float) -> None:
    """The run's figures in one table, then what was refused and why, and the verdict."""
    latencies = [post.milliseconds for post in posts if post.status is not None]
    p50, p99 = (percentile(latencies, 0.5), percentile(latencies, 0.99)) if latencies else (0, 0)
    columns = {
        "clients": f"{clients}",
        "POSTs": f"{outcome.posts}",
        "acknowledged": f"{outcome.acknowledged}",
        "refused": f"{sum(outcome.refused.values())}",
        "5xx": f"{outcome.server_errors}",
        "stored": f"{outcome.stored}",
        "duplicates": f"{outcome.duplicates}",
        "missing": f"{outcome.missing}",
        "req/s": f"{len(latencies) / wall:.1f}",
        "p50 ms": f"{p50:.0f}",
        "p99 ms": f"{p99:.0f}",
        "wall s": f"{wall:.1f}",
    }
    widths = {name: max(len(name), len(value)) + 2 for name, value in columns.items()}
    print("".join(f"{name:>{widths[name]}}" for name in columns))
    print("".join(f"{value:>{widths[name]}}" for name, value in columns.items()))
    print(f"Refused by the rate limits (429): {outcome.rate_limited}.")
    for reason, count in outcome.refused.most_common():
        print(f"  refused {count}×: {reason}")
    if outcome.unanswered:
        print(f"No answer: {outcome.unanswered}.")
    print(f"Errors in the site's log during the run: {outcome.logged_errors}.")


def run(clients: int = CLIENTS, posts: int = POSTS, workers: int = 2) -> bool:
    """Serve the site, send the comments, check them in the database; return whether the
    run passed."""
    limits = ", ".join(
        f"{limit} per {scope} per {period} s"
        for scope, (limit, period) in COMMENTS_RATE_LIMITS.items()
    )
    print(f"\nComment load: {clients} clients × {posts} POSTs, each by a reader of its own")
    with served_site("comments", workers=workers) as site:
        forms = comment_forms(site)
        wait_out_time_trap(time.time())
        print(
            f"Posting to {len(forms)} articles open to comments; rate limits as in production "
            f"({limits}). Load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs."
        )
        run_id, stop = secrets.token_hex(4), threading.Event()
        log_start = site.log.stat().st_size
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=clients) as pool:
            futures = [
                pool.submit(send_comments, site, forms, client, posts, run_id, stop)
                for client in range(clients)
            ]
            try:
                sent = [post for future in futures for post in future.result()]
            except BaseException:
                stop.set()  # Ctrl-C: let each client finish its current POST, then stop
                raise
        wall = time.perf_counter() - started
        load = os.getloadavg()[0]
        log = site.log.read_bytes()[log_start:].decode(errors="replace")
        outcome = tally(sent, stored_articles(site.database_url, run_id), log)
        print_report(clients, outcome, sent, wall)
        print(f"Load average after the run: {load:.2f}.")
        if outcome.failures:
            print("FAILED: " + "; ".join(outcome.failures) + ".")
            print(f"The site's last lines:\n{site.log_tail()}")
        else:
            print(f"Passed: every acknowledged comment ({outcome.acknowledged}) stored once.")
    return not outcome.failures
