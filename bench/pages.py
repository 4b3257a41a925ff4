"""Page throughput with wrk: `python -m bench pages` (part of `make bench`).

The demo site plus generated articles (--articles, ARTICLES_COUNT by default) is served by
gunicorn with the production settings (bench/stack.py), behind a real Varnish running the
repository's VCL, which every publish purges (FRONTEND_CACHE_URL). Beside it, the floor
(bench/floor/): a constant Django view behind startproject's middleware, on the same gunicorn
command and worker count.

Each page gets the same wrk load (threads, connections, seconds, after a warm-up), straight
to gunicorn unless it says "(Varnish)". How to read the table:

- req/s: answers per second over the run; p50 ms, p99 ms: wrk's latency percentiles.
- errors: answers with a status from 400 (wrk's "Non-2xx or 3xx responses") plus socket
  errors and timeouts. Any error makes the run exit non-zero.
- SQL: queries the page makes once the caches are warm (the second of two fetches through
  Django's test client, with the production settings, on the served database).
- RSS, HWM MiB: the largest resident memory of one gunicorn worker sampled during the run,
  and the largest peak the kernel recorded for a worker (VmHWM, since the worker started:
  it carries over from earlier runs).

Then each page's req/s as a share of the floor's, against its target: what Django itself
costs is the same for every page, so the share says what the page adds, on any machine.
wrk runs on the same machine and takes its share of the CPUs; compare runs on one machine.

The spike: SPIKE connections through Varnish on the home page, a category and the newest
articles in turn, once Varnish has cached them, while the origin's requests are counted
(varnishstat's MAIN.backend_req); PUBLISH_AFTER seconds in, a new article is published as
the admin does (bench/publish.py) and the home page polled through Varnish until it lists
it: the seconds from the publish's commit to then. The bench reports targets met or not;
it does not fail on a missed one.
"""

import http.client
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

from django.utils.text import slugify

import psycopg

from magazine.demo.content import ARTICLES, CATEGORIES
from magazine.demo.content.site import AUTHORS, LEAD_ARTICLE

from . import wrk
from .background import repeated
from .floor.urls import PAGE as FLOOR_PAGE
from .footprint import Footprint, footprint
from .memory import PeakMemory, sampled_workers
from .stack import BASE_DIR, HOST, ServedSite, free_port, gunicorn, served_site
from .varnish import RunningVarnish, running_varnish

ARTICLES_COUNT = 10_000
FLOOR = "floor"
VARNISH = " (Varnish)"
FLOOR_SETTINGS = "bench.floor.settings"
# A word of the demo's articles (plural and singular), so the search has results to show.
SEARCH_WORD = "consoles"
LOAD = wrk.Load(threads=2, connections=16, seconds=10)
WARMUP_SECONDS = 2.0
SPIKE = wrk.Load(threads=2, connections=256, seconds=30)
SPIKE_ARTICLES = 20
PUBLISH_AFTER = 10.0
SEEN_TIMEOUT = 60.0
POLL_EVERY = 0.05
HEALTHY_TIMEOUT = 60.0
# varnishstat's counters: requests sent to the origin, and those not sent because the probe
# had marked it sick (Varnish answers 503 for those it has no copy of, even stale).
REQUESTS_SENT = "MAIN.backend_req"
REFUSED_SICK = "MAIN.backend_unhealthy"
RSS_TARGET_MIB = 100
ORIGIN_TARGET = 50.0
SEEN_TARGET = 5.0
VARNISH_STORAGE = "malloc,256m"
SEARCH_COUNT = re.compile(r'class="search-count">(\d+)')


@dataclass(frozen=True)
class Target:
    """A page's target: req/s at least `floor_percent` % of the floor's, and at least
    `requests_per_second` when given."""

    floor_percent: float
    requests_per_second: float = 0.0

    def met(self, requests_per_second: float, floor: float) -> bool:
        return (
            requests_per_second >= floor * self.floor_percent / 100
            and requests_per_second >= self.requests_per_second
        )

    def __str__(self) -> str:
        text = f"≥ {self.floor_percent:g} % of the floor"
        if self.requests_per_second:
            text += f" and ≥ {self.requests_per_second:,.0f} req/s"
        return text


TARGETS = {
    "home": Target(5),
    "category": Target(5),
    "article": Target(6),
    f"article{VARNISH}": Target(300, 10_000),
    "search": Target(4),
    "author": Target(5),
    "tag": Target(5),
}


@dataclass(frozen=True)
class Row:
    """One page's run: what wrk measured, its SQL queries and its workers' peak memory."""

    page: str
    path: str
    result: wrk.WrkResult
    queries: int | None = None
    memory: PeakMemory | None = None


def demo_paths() -> dict[str, str]:
    """The pages measured on the origin, by name: pages of the demo content."""
    lead = next(article for article in ARTICLES if article.slug == LEAD_ARTICLE)
    category = next(category for category in CATEGORIES if lead in category.articles)
    tag = Counter(tag for article in ARTICLES for tag in article.tags).most_common(1)[0][0]
    return {
        "home": "/",
        "category": f"/{category.slug}/",
        "article": f"/{category.slug}/{lead.slug}/",
        "search": f"/recherche/?q={SEARCH_WORD}",
        "feed": "/feed/",
        "author": f"/auteurs/{AUTHORS[0].slug}/",
        # Tag slugs keep their accents (magazine/tags/urls.py).
        "tag": f"/tags/{quote(slugify(tag, allow_unicode=True))}/",
    }


def mib(kib: int) -> str:
    return f"{kib / 1024:.1f}"


def table(rows: list[Row]) -> list[str]:
    """The rows as plain aligned text, a header line first."""
    header = ("page", "path", "req/s", "p50 ms", "p99 ms", "errors", "SQL", "RSS MiB", "HWM MiB")
    lines = [header]
    for row in rows:
        memory = row.memory
        lines.append(
            (
                row.page,
                row.path if len(row.path) <= 40 else row.path[:37] + "...",
                f"{row.result.requests_per_second:.1f}",
                f"{row.result.p50_ms:.1f}",
                f"{row.result.p99_ms:.1f}",
                f"{row.result.errors}",
                "-" if row.queries is None else f"{row.queries}",
                mib(memory.rss_kib) if memory else "-",
                mib(memory.hwm_kib) if memory else "-",
            )
        )
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    return [
        "  ".join(
            cell.ljust(width) if column < 2 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in lines
    ]


def against_floor(rows: list[Row]) -> list[str]:
    """Each page's req/s as a share of the floor's, with its target and whether it is met."""
    floor = next(row for row in rows if row.page == FLOOR).result.requests_per_second
    lines = [f"Against the floor ({floor:.1f} req/s):"]
    width = max(len(row.page) for row in rows)
    for row in rows:
        if row.page == FLOOR:
            continue
        rate = row.result.requests_per_second
        share = 100 * rate / floor if floor else 0.0
        target = TARGETS.get(row.page)
        verdict = "no target"
        if target:
            verdict = f"target {target}: {'met' if target.met(rate, floor) else 'NOT met'}"
        lines.append(f"  {row.page:<{width}}  {share:7.1f} %   {verdict}")
    return lines


def memory_verdict(rows: list[Row], loaded: Footprint) -> list[str]:
    """The largest memory of one site worker over every run on the origin, against target,
    and what a fresh process holds once the site, or Wagtail's project template, is loaded."""
    site_rows = [row for row in rows if row.memory and row.page != FLOOR]
    rss = max((row.memory.rss_kib for row in site_rows), default=0)
    hwm = max((row.memory.hwm_kib for row in site_rows), default=0)
    met = max(rss, hwm) <= RSS_TARGET_MIB * 1024
    return [
        f"Peak memory of one site worker: RSS {mib(rss)} MiB, VmHWM {mib(hwm)} MiB; "
        f"target ≤ {RSS_TARGET_MIB} MiB: {'met' if met else 'NOT met'}",
        f"Loaded, before any request (a fresh process): the site {mib(loaded.site_kib)} MiB, "
        f"Wagtail's own project template (`wagtail start`) {mib(loaded.template_kib)} MiB",
    ]


def failures(rows: list[Row]) -> list[str]:
    """The pages that answered with an error or not at all, one sentence each."""
    return [
        f"{row.page} ({row.path}): {row.result.non_2xx} answer(s) from 400 up, "
        f"{row.result.socket_errors} socket error(s) or timeout(s)"
        for row in rows
        if row.result.errors
    ]


@dataclass(frozen=True)
class Spike:
    """The spike's run at Varnish, the origin's share of it, and when the new article showed."""

    result: wrk.WrkResult
    paths: int
    origin_requests: int
    seen_after: float | None
    refused_sick: int = 0
    publish_log: str = ""

    @property
    def origin_per_second(self) -> float:
        return self.origin_requests / self.result.seconds if self.result.seconds else 0.0


def spike_lines(spike: Spike, load: wrk.Load) -> list[str]:
    """The spike's figures and verdicts."""
    result = spike.result
    origin_met = spike.origin_per_second <= ORIGIN_TARGET
    if spike.seen_after is None:
        seen = f"not on the home page within {SEEN_TIMEOUT:.0f} s (target ≤ {SEEN_TARGET:g} s)"
    else:
        verdict = "met" if spike.seen_after <= SEEN_TARGET else "NOT met"
        seen = f"{spike.seen_after:.2f} s (target ≤ {SEEN_TARGET:g} s): {verdict}"
    lines = [
        f"Spike through Varnish: {load.connections} connections, {load.seconds:g} s, "
        f"{spike.paths} paths in turn (the home page, a category, the newest articles)",
        f"  at Varnish: {result.requests_per_second:.1f} req/s, p50 {result.p50_ms:.1f} ms, "
        f"p99 {result.p99_ms:.1f} ms, errors {result.errors}",
        f"  at the origin: {spike.origin_requests} requests, {spike.origin_per_second:.1f} "
        f"req/s (target ≤ {ORIGIN_TARGET:g}): {'met' if origin_met else 'NOT met'}",
        f"  new article on the home page through Varnish, from the publish's commit: {seen}",
        f"  fetches Varnish did not send, the origin being marked sick by its probe: "
        f"{spike.refused_sick}",
    ]
    if spike.publish_log:
        lines.append(f"  the publish logged:\n{spike.publish_log}")
    return lines


def get(base_url: str, path: str) -> tuple[int, str]:
    """The status and text of `path` at `base_url` (http://host:port)."""
    host, port = base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode(errors="replace")
    finally:
        connection.close()


def check_pages(site: ServedSite, cache: RunningVarnish, paths: dict[str, str]) -> None:
    """Raise unless every page answers 200, the search finds articles, and Varnish serves."""
    for name, path in paths.items():
        status, text = get(site.url, path)
        if status != 200:
            raise RuntimeError(f"{name} ({path}) answered {status}:\n{site.log_tail()}")
        if name == "search" and int((SEARCH_COUNT.search(text) or [0, "0"])[1]) == 0:
            raise RuntimeError(f"The search for {SEARCH_WORD!r} finds no article.")
    status, _ = get(cache.url, paths["article"])
    if status != 200:
        raise RuntimeError(f"The article through Varnish answered {status}.")


def python_module(
    module: str, arguments: list[str], environment: dict[str, str]
) -> subprocess.CompletedProcess:
    """Run `python -m module arguments` in `environment`; raise if it fails."""
    completed = subprocess.run(  # noqa: S603 -- our own interpreter and module
        [sys.executable, "-m", module, *arguments],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        start_new_session=True,
    )
    if completed.returncode:
        raise RuntimeError(f"{module} failed:\n{completed.stderr[-3000:]}")
    return completed


def query_counts(environment: dict[str, str], host: str, paths: list[str]) -> dict[str, int]:
    """SQL queries per page once caches are warm (bench/page_queries.py)."""
    return json.loads(python_module("bench.page_queries", [host, *paths], environment).stdout)


def spike_paths(database_url: str, category: str, articles: int) -> list[str]:
    """The home page, `category`, and the `articles` newest articles: what readers rush to."""
    with psycopg.connect(database_url) as connection:
        # The table Django names after the articles app's ArticlePage; the first segment of
        # a url_path is the home page's slug, which URLs leave out.
        newest = connection.execute(
            "SELECT url_path FROM wagtailcore_page JOIN articles_articlepage "
            "ON page_ptr_id = id WHERE live ORDER BY first_published_at DESC LIMIT %s",
            (articles,),
        ).fetchall()
    return ["/", category] + [quote("/" + url_path.split("/", 2)[2]) for (url_path,) in newest]


def drain(base_url: str, path: str) -> None:
    """Return once the server has answered what wrk left queued when it stopped.

    gunicorn still answers the requests waiting in its listen queue after wrk has closed
    their connections; one more request, queued behind them, comes back after them, so the
    next run does not pay for the last one.
    """
    get(base_url, path)


def measure(
    name: str,
    base_url: str,
    path: str,
    load: wrk.Load,
    warmup: float,
    folder: Path,
    master_pid: int,
) -> Row:
    """Warm `path` up, then load it with wrk while sampling the workers of `master_pid`."""
    if warmup:
        wrk.run(base_url + path, replace(load, seconds=warmup), folder)
        drain(base_url, path)
    with sampled_workers(master_pid) as memory:
        result = wrk.run(base_url + path, load, folder)
    drain(base_url, path)
    print(f"  {name:<20} {result.requests_per_second:10.1f} req/s", flush=True)
    return Row(name, path, result, memory=memory)


@contextmanager
def watched_home(cache: RunningVarnish, title: str) -> Iterator[dict[str, float]]:
    """Poll the home page through Varnish during the block; `seen` is set to the time
    (time.time()) it first lists `title`."""
    found: dict[str, float] = {}

    def poll() -> bool:
        try:
            _, text = get(cache.url, "/")
        except OSError:
            text = ""
        if title in text:
            found["seen"] = time.time()
            return True
        return False

    with repeated(poll, POLL_EVERY):
        yield found


def spike(
    site: ServedSite,
    cache: RunningVarnish,
    category: str,
    load: wrk.Load,
    publish_after: float,
    folder: Path,
) -> Spike:
    """The spike: wrk through Varnish, a publish during it, the origin's requests counted."""
    paths = spike_paths(site.database_url, category, SPIKE_ARTICLES)
    warm(cache, paths)
    title = f"Article publié pendant la mesure {secrets.token_hex(4)}"
    before = cache.counters("MAIN.backend_*")
    process = wrk.start(cache.url, load, folder, paths)
    try:
        time.sleep(publish_after)
        with watched_home(cache, title) as found:
            publish = python_module("bench.publish", [category.strip("/"), title], site.environment)
            published = json.loads(publish.stdout)
            deadline = published["committed_at"] + SEEN_TIMEOUT
            while "seen" not in found and time.time() < deadline:
                time.sleep(POLL_EVERY)
        result = wrk.finish(process, load)
    finally:
        wrk.stop(process)
    after = cache.counters("MAIN.backend_*")
    origin, refused = (after[name] - before[name] for name in (REQUESTS_SENT, REFUSED_SICK))
    seen_after = found["seen"] - published["committed_at"] if "seen" in found else None
    # A purge Varnish did not take in time is logged there (magazine/cache/backends.py).
    return Spike(result, len(paths), origin, seen_after, refused, publish.stderr.strip())


def warm(cache: RunningVarnish, paths: list[str]) -> None:
    """Have Varnish cache `paths`, once it takes the origin for healthy again.

    The runs before may have kept the origin too busy to answer Varnish's probe in time;
    Varnish then answers 503 for what it has not cached, until two probes of three pass.
    """
    for path in paths:
        deadline = time.monotonic() + HEALTHY_TIMEOUT
        while (status := get(cache.url, path)[0]) != 200:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{path} through Varnish still answers {status}.")
            time.sleep(1)


def run(
    articles: int = ARTICLES_COUNT,
    workers: int = 2,
    load: wrk.Load = LOAD,
    warmup: float = WARMUP_SECONDS,
    spike_load: wrk.Load = SPIKE,
    publish_after: float = PUBLISH_AFTER,
) -> bool:
    """Serve the site, the floor and Varnish, measure every page and the spike, print the
    report; return False when a page answered with an error."""
    print(
        f"\nPage throughput: the demo + {articles} articles, {workers} gunicorn workers; wrk "
        f"{load.threads} threads, {load.connections} connections, {load.seconds:g} s per page "
        f"after {warmup:g} s of warm-up, on {os.cpu_count()} CPUs"
    )
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="magazine-pages-")))
        varnish_port = free_port()
        cache_url = f"http://{HOST}:{varnish_port}"
        site = stack.enter_context(
            served_site("pages", workers, articles, {"FRONTEND_CACHE_URL": cache_url})
        )
        cache = stack.enter_context(
            running_varnish(folder / "varnish", site.port, varnish_port, VARNISH_STORAGE)
        )
        floor_port = free_port()
        floor_environment = {**site.environment, "DJANGO_SETTINGS_MODULE": FLOOR_SETTINGS}
        floor = stack.enter_context(
            gunicorn(floor_environment, floor_port, workers, folder / "floor.log")
        )
        floor_url = f"http://{HOST}:{floor_port}"
        print(f"Varnish at {cache.url}, the floor at {floor_url} ({workers} workers)")

        paths = demo_paths()
        check_pages(site, cache, paths)
        if get(floor_url, "/") != (200, FLOOR_PAGE.decode()):
            raise RuntimeError(f"The floor at {floor_url} does not serve {FLOOR_SETTINGS}.")
        queries = query_counts(site.environment, f"{HOST}:{site.port}", list(paths.values()))
        queries_floor = query_counts(floor_environment, f"{HOST}:{floor_port}", ["/"])

        print("Measuring:", flush=True)
        rows = [measure(FLOOR, floor_url, "/", load, warmup, folder, floor.pid)]
        rows[0] = replace(rows[0], queries=queries_floor["/"])
        for name, path in paths.items():
            row = measure(name, site.url, path, load, warmup, folder, site.master_pid)
            rows.append(replace(row, queries=queries[path]))
            if name == "article":
                through = measure(
                    name + VARNISH, cache.url, path, load, warmup, folder, site.master_pid
                )
                rows.append(replace(through, memory=None))

        print("Spike:", flush=True)
        outcome = spike(site, cache, paths["category"], spike_load, publish_after, folder)

    print()
    loaded = footprint(site.environment)
    for line in [*table(rows), "", *against_floor(rows), *memory_verdict(rows, loaded), ""]:
        print(line)
    for line in spike_lines(outcome, spike_load):
        print(line)
    problems = failures(rows)
    if outcome.result.errors:
        problems.append(f"the spike: {outcome.result.errors} error(s)")
    if problems:
        print("FAILED: " + "; ".join(problems) + ".")
    return not problems
