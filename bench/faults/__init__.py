"""Faults survived: `python -m bench.faults` (`make faults`).

Starts a stack of its own on free local ports: a PostgreSQL cluster and a Redis server made
for the run (bench/faults/services.py), gunicorn with the production settings over them
(bench/stack.py) and Varnish with the repository's VCL in front (bench/varnish.py), which
publishing purges. Once the demo content is loaded, readers and a commenter keep coming
(bench/faults/traffic.py) while four faults come one after the other
(bench/faults/scenarios.py):

- Redis stopped for 20 s: no reader gets a 5xx; comments are stored or refused in words;
  a known reader's comment is held for moderation while rate limits cannot be counted.
- PostgreSQL restarted (pg_ctl restart -m fast): pages the cache holds never fail; a new
  page and a comment succeed again within 5 s of PostgreSQL being back, on every worker.
- A gunicorn worker killed (SIGKILL): the master replaces it; no other request fails.
- Varnish stopped: readers pointed at gunicorn get their pages, and publishing an article
  works, its purge of the stopped Varnish logged.

In every scenario each acknowledged comment is in the database exactly once, and none the
reader was not told about. Prints one table; exits non-zero when a scenario fails. Stops
what it started, by process id, on the way out, after an error or Ctrl-C too, and removes
its temporary directory (the cluster, its socket, the logs).
"""

import http.client
import os
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import psycopg

from ..comments import comment_forms, wait_out_time_trap
from ..pages import demo_paths
from ..stack import (
    HOST,
    ServedSite,
    free_port,
    gunicorn,
    load_content,
    production_environment,
    sigterm_as_interrupt,
)
from ..varnish import running_varnish
from .scenarios import (
    Scenario,
    postgres_restarted,
    redis_stopped,
    varnish_stopped,
    worker_killed,
)
from .services import private_postgres, private_redis
from .traffic import Address, Traffic
from .verdicts import (
    KINDS,
    Comments,
    Pages,
    count_comments,
    count_pages,
    page_failures,
    recovery_failures,
    worker_kill_failures,
)

WORKERS = 2
RECOVERY_LIMITS = {"PostgreSQL restarted": 5.0}
WARM_TIMEOUT = 10.0


@dataclass
class Outcome:
    """A scenario judged: its reader requests by kind, its comments, and what failed."""

    scenario: Scenario
    pages: dict[str, Pages]
    comments: Comments
    failures: list[str]


def stored_rows(database_url: str, run: str) -> dict[str, list[str]]:
    """For each marker of run `run` in the comments table, the article of each row."""
    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            # The table and column names Django gives the Comment model.
            "SELECT substring(body FROM %s), article_id FROM comments_comment WHERE body LIKE %s",
            (f"faute-{run}-[0-9]+", f"%faute-{run}-%"),
        ).fetchall()
    stored: dict[str, list[str]] = {}
    for marker, article in rows:
        stored.setdefault(marker, []).append(str(article))
    return stored


def judge(scenario: Scenario, traffic: Traffic, stored: dict[str, list[str]]) -> Outcome:
    """What readers and commenters got during `scenario`, and its verdict."""
    hits, sent = traffic.between(scenario.started, scenario.ended)
    pages = count_pages(hits)
    comments = count_comments(sent, stored, scenario.killed_at)
    failures = list(scenario.failures)
    if scenario.killed_at is not None:
        failures += worker_kill_failures(hits, sent, scenario.killed_at)
    else:
        failures += page_failures(pages, scenario.judged)
    if scenario.name in RECOVERY_LIMITS:
        failures += recovery_failures(
            scenario.name, scenario.recovery, RECOVERY_LIMITS[scenario.name]
        )
    failures += comments.failures
    if scenario.killed_at is not None:
        # Where each failure fell against the kill, for whoever reads a failed run.
        scenario.notes += [
            f"failed: {hit.kind} {hit.path} {hit.status or hit.error}, from "
            f"{hit.started - scenario.killed_at:+.3f} s to {hit.ended - scenario.killed_at:+.3f} s"
            " of the kill"
            for hit in hits
            if hit.failed
        ]
    return Outcome(scenario, pages, comments, failures)


def warm(front: Address, pages: list[str]) -> None:
    """Ask Varnish for every page until it serves each from its cache."""
    deadline = time.monotonic() + WARM_TIMEOUT
    for path in pages:
        while not cached(front, path):
            if time.monotonic() > deadline:
                raise RuntimeError(f"Varnish does not keep {path}")
            time.sleep(0.1)


def cached(front: Address, path: str) -> bool:
    """Whether Varnish answers `path` with a 200 from its cache."""
    connection = http.client.HTTPConnection(front.host, front.port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status == 200 and response.getheader("X-Cache", "") == "HIT"
    finally:
        connection.close()


def print_table(outcomes: list[Outcome]) -> None:
    """One line per scenario, then its notes and failures."""
    columns = ["scenario", "requests", *(f"5xx {kind}" for kind in KINDS), "no answer"]
    columns += ["recovery s", "comments", "acknowledged", "stored", "refused", "verdict"]
    rows = []
    for outcome in outcomes:
        pages, comments = outcome.pages, outcome.comments
        recovery = outcome.scenario.recovery
        rows.append(
            [
                outcome.scenario.name,
                str(sum(counted.requests for counted in pages.values())),
                *(str(pages[kind].server_errors) for kind in KINDS),
                str(sum(counted.unanswered for counted in pages.values())),
                f"{recovery:.2f}" if recovery is not None else "-",
                str(comments.posts),
                str(comments.acknowledged),
                str(comments.stored),
                str(comments.refused),
                "FAILED" if outcome.failures else "passed",
            ]
        )
    widths = [max(len(row[index]) for row in [columns, *rows]) for index in range(len(columns))]
    print()
    for row in [columns, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    for outcome in outcomes:
        print(f"\n{outcome.scenario.name}:")
        for kind in KINDS:
            counted = outcome.pages[kind]
            print(
                f"  {kind}: {counted.requests} requests, {counted.server_errors} 5xx, "
                f"{counted.unanswered} unanswered"
            )
        for note in outcome.scenario.notes:
            print(f"  {note}")
        if outcome.comments.in_flight:
            print(f"  comments under way on the killed worker: {outcome.comments.in_flight}")
        for reason, count in sorted(outcome.comments.reasons.items()):
            print(f"  comments refused {count}×: {reason}")
        for failure in outcome.failures:
            print(f"  FAILED: {failure}")


def run() -> bool:
    """Start the stack, inject the faults, print the table; return whether all passed."""
    started = time.monotonic()
    with ExitStack() as stack:
        stack.enter_context(sigterm_as_interrupt())
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="magazine-faults-")))
        # The postgres system user runs the cluster in a folder of this one.
        os.chmod(folder, 0o711)  # noqa: S103 -- traversal only, nothing listed or read
        cluster = stack.enter_context(private_postgres(folder / "postgres"))
        redis_server = stack.enter_context(private_redis(folder / "redis"))
        port, varnish_port = free_port(), free_port()
        log = folder / "site.log"
        environment = production_environment(
            cluster.url, f"http://{HOST}:{port}", folder, redis_server.url
        )
        print(
            f"PostgreSQL on :{cluster.port}, Redis on :{redis_server.port}; loading the demo "
            "content"
        )
        load_content(environment, 0, log)
        environment["FRONTEND_CACHE_URL"] = f"http://{HOST}:{varnish_port}"
        master = stack.enter_context(gunicorn(environment, port, WORKERS, log))
        varnish = stack.enter_context(ExitStack())
        front = varnish.enter_context(running_varnish(folder / "varnish", port, varnish_port))
        site = ServedSite(
            HOST, port, cluster.url, redis_server.url, WORKERS, log, environment, master.pid
        )
        print(
            f"gunicorn on :{port} ({WORKERS} workers, production settings), Varnish on "
            f"{front.url}, ready in {time.monotonic() - started:.0f} s"
        )
        paths = demo_paths()
        pages = list(paths.values())
        forms = comment_forms(site)
        fetched_at = time.time()
        warm(Address.of(front.url), pages)
        wait_out_time_trap(fetched_at)
        traffic = Traffic(Address.of(front.url), Address.of(site.url), pages, forms, run_id())
        traffic.start()
        stack.callback(traffic.stop)
        scenarios = [
            redis_stopped(traffic, redis_server),
            postgres_restarted(traffic, cluster),
            worker_killed(traffic, site),
            varnish_stopped(traffic, site, varnish, paths["category"].strip("/")),
        ]
        traffic.stop()
        stored = stored_rows(cluster.url, traffic.run)
        outcomes = [judge(scenario, traffic, stored) for scenario in scenarios]
    print_table(outcomes)
    passed = not any(outcome.failures for outcome in outcomes)
    print(
        f"\n{'Every scenario passed' if passed else 'FAILED'} in "
        f"{time.monotonic() - started:.0f} s."
    )
    return passed


def run_id() -> str:
    """A marker for this run's comments."""
    return os.urandom(4).hex()
