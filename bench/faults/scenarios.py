"""The four faults, injected one after the other while readers and commenters keep coming.

Each scenario returns what it measured itself (recovery, checks of its own); what the
readers and commenters got in its time window is judged once the traffic has stopped and
the database has been read (bench/faults/__init__.py).
"""

import http.client
import json
import os
import signal
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field

from ..memory import children
from ..pages import python_module
from ..stack import ServedSite
from .services import PrivateCluster, PrivateRedis
from .traffic import SEARCH, Address, Traffic, get
from .verdicts import CACHED, KINDS, ORIGIN, degraded_limits_failures, notice

BEFORE = 3.0
AFTER = 3.0
DRAIN = 1.0
REDIS_DOWN = 20.0
RECOVERY_LIMIT = 5.0
RECOVERY_TIMEOUT = 30.0
POLL_EVERY = 0.05
# Requests in a row, after recovery, that must all succeed: with two workers taking turns,
# a worker left with a broken database connection would fail some of them.
STEADY_REQUESTS = 20
# A demo reader with an approved comment: published at once while limits can be counted.
KNOWN_READER = "julien.r@lecteurs.example"
PUBLISHED_TITLE = "Publié pendant que le cache est arrêté"
PURGE_LOGGED = "Couldn't purge"


@dataclass
class Scenario:
    """One fault: its time window, the kinds of reader requests that must not fail in it,
    what it measured, and its own failures and notes."""

    name: str
    started: float
    ended: float = 0.0
    judged: tuple[str, ...] = KINDS
    recovery: float | None = None
    killed_at: float | None = None
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def seconds_until(succeeds: Callable[[], bool], since: float) -> float | None:
    """Seconds from `since` until `succeeds()` first returns True; None after the timeout."""
    while time.monotonic() - since < RECOVERY_TIMEOUT:
        if succeeds():
            return time.monotonic() - since
        time.sleep(POLL_EVERY)
    return None


def healthz(origin: Address) -> tuple[int | None, str]:
    """/healthz at the origin: its status and body (None and the error when no answer)."""
    connection = http.client.HTTPConnection(origin.host, origin.port, timeout=5)
    try:
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        return response.status, response.read().decode(errors="replace")
    except (OSError, http.client.HTTPException) as error:
        return None, type(error).__name__
    finally:
        connection.close()


def new_search_answers(traffic: Traffic) -> bool:
    """Whether a search nobody made yet (no cache holds it) answers 200 at the origin."""
    return get(traffic.origin, SEARCH.format(traffic.number()), ORIGIN).status == 200


def redis_stopped(traffic: Traffic, server: PrivateRedis) -> Scenario:
    """Redis stopped for REDIS_DOWN seconds, then started again, empty."""
    scenario = Scenario(f"Redis stopped {REDIS_DOWN:g} s", time.monotonic())
    time.sleep(BEFORE)
    before = traffic.send_comment(KNOWN_READER).post
    server.stop()
    down_at = time.monotonic()
    time.sleep(REDIS_DOWN / 4)
    status, body = healthz(traffic.origin)
    scenario.notes.append(f"/healthz during the outage: {status} {body}")
    during = traffic.send_comment(KNOWN_READER).post
    time.sleep(max(0.0, down_at + REDIS_DOWN - time.monotonic()))
    server.start()
    back_at = time.monotonic()
    scenario.recovery = seconds_until(lambda: healthz(traffic.origin)[0] == 200, back_at)
    after = traffic.send_comment(KNOWN_READER).post
    scenario.failures += degraded_limits_failures(before, during, after)
    answers = [notice(post) or f"{post.status} {post.refusal}" for post in (before, during, after)]
    scenario.notes.append(f"a known reader's comment before, during, after: {', '.join(answers)}")
    time.sleep(AFTER)
    scenario.ended = time.monotonic()
    return scenario


def postgres_restarted(traffic: Traffic, cluster: PrivateCluster) -> Scenario:
    """PostgreSQL restarted by its operator (pg_ctl restart -m fast) under load."""
    # Pages the cache holds must never fail; the others wait for the database.
    scenario = Scenario("PostgreSQL restarted", time.monotonic(), judged=(CACHED,))
    time.sleep(BEFORE)
    restart_at = time.monotonic()
    cluster.restart()
    back_at = time.monotonic()
    scenario.notes.append(f"PostgreSQL down and back in {back_at - restart_at:.1f} s")
    scenario.recovery = seconds_until(lambda: new_search_answers(traffic), back_at)
    commented = seconds_until(lambda: traffic.send_comment().post.acknowledged, back_at)
    scenario.notes.append(
        "first acknowledged comment "
        + (f"{commented:.1f} s after PostgreSQL was back" if commented is not None else "never")
    )
    if commented is None or commented > RECOVERY_LIMIT:
        scenario.failures.append("comments did not recover in time")
    steady = sum(new_search_answers(traffic) for _ in range(STEADY_REQUESTS))
    if steady < STEADY_REQUESTS:
        scenario.failures.append(
            f"after recovery, {STEADY_REQUESTS - steady} of {STEADY_REQUESTS} new searches "
            "failed at the origin (a worker stuck on a dead connection)"
        )
    time.sleep(AFTER)
    scenario.ended = time.monotonic()
    return scenario


def worker_killed(traffic: Traffic, site: ServedSite) -> Scenario:
    """One gunicorn worker killed (SIGKILL) while requests run."""
    scenario = Scenario("gunicorn worker killed", time.monotonic())
    time.sleep(BEFORE)
    workers = children(site.master_pid)
    victim = workers[0]
    scenario.killed_at = time.monotonic()
    os.kill(victim, signal.SIGKILL)

    def replaced() -> bool:
        now = children(site.master_pid)
        return victim not in now and len(now) == len(workers)

    scenario.recovery = seconds_until(replaced, scenario.killed_at)
    if scenario.recovery is None:
        scenario.failures.append("the master did not replace the killed worker")
    scenario.notes.append(f"worker {victim} killed; workers now {children(site.master_pid)}")
    time.sleep(AFTER)
    scenario.ended = time.monotonic()
    return scenario


def varnish_stopped(
    traffic: Traffic, site: ServedSite, varnish: ExitStack, category: str
) -> Scenario:
    """Varnish stopped: readers pointed at gunicorn, and an article published meanwhile in
    the category of slug `category`."""
    # Readers pointed at the origin first, as the failover does, and Varnish stopped once
    # the requests it was serving are answered: a request cut by the stop would otherwise
    # count against the scenario before, whose window it started in.
    traffic.point_readers_at(traffic.origin)
    time.sleep(DRAIN)
    varnish.close()
    scenario = Scenario("Varnish stopped", time.monotonic())
    time.sleep(BEFORE)
    published = python_module("bench.publish", [category, PUBLISHED_TITLE], site.environment)
    path = json.loads(published.stdout)["path"]
    hit = get(traffic.origin, path, ORIGIN)
    scenario.notes.append(f"published {path}: {hit.status} from gunicorn")
    if hit.status != 200:
        scenario.failures.append(f"the article published answered {hit.status}")
    if PURGE_LOGGED not in published.stderr:
        scenario.failures.append("the purge to the stopped Varnish was not logged")
    else:
        logged = next(line for line in published.stderr.splitlines() if PURGE_LOGGED in line)
        scenario.notes.append(f"logged: {logged.strip()[:110]}")
    time.sleep(AFTER)
    scenario.ended = time.monotonic()
    return scenario
