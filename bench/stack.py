"""The site as production serves it, for the benchmarks that talk to it over HTTP.

`served_site()` runs gunicorn with the production settings (magazine.settings.production) on
a free local port, over a PostgreSQL database of its own, created, migrated and loaded with
the demo content (and generated articles if asked), and over the Redis database of
BENCH_REDIS_URL, flushed. On the way out, after an error, Ctrl-C or SIGTERM too, it stops
what it started by process id, drops the database and flushes Redis again.

The demo content is loaded with the demo settings, the only ones that install its app and
commands; gunicorn then serves that database with the production settings.
"""

import contextlib
import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import redis
from psycopg import sql

from .servers import DATABASE_URL, REDIS_URL, SITE_PYTHON

BASE_DIR = Path(__file__).resolve().parent.parent
MANAGE = str(BASE_DIR / "manage.py")
HOST = "127.0.0.1"
STARTUP_TIMEOUT = 60
STOP_TIMEOUT = 15
# What the served site inherits from the bench's environment: nothing the settings read, so
# its configuration is exactly production_environment()'s.
INHERITED = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")
# How gunicorn runs the site, as make run and make serve start it: Python at optimization
# level 2, no docstrings nor asserts (deploy/gunicorn.conf.py).
OPTIMIZED = {"PYTHONOPTIMIZE": "2"}


@dataclass(frozen=True)
class ServedSite:
    """Where the served site answers, and what it runs on."""

    host: str
    port: int
    database_url: str
    redis_url: str
    workers: int
    log: Path
    # What the site runs with (production settings, its database), for a subprocess of the
    # bench that works on the served site; and gunicorn's master, whose children are workers.
    environment: dict[str, str]
    master_pid: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def log_tail(self, lines: int = 40) -> str:
        """The end of the site's output: tracebacks of errors, e-mails to moderators."""
        return tail(self.log, lines)


@contextlib.contextmanager
def served_site(
    purpose: str, workers: int = 2, articles: int = 0, extra_environment: Mapping[str, str] = {}
) -> Iterator[ServedSite]:
    """Serve the demo site (plus `articles` generated ones) with `workers` gunicorn workers.

    `purpose` names the database: `<BENCH_DATABASE_URL's name>_<purpose>`. The site is served
    with `extra_environment` on top of production_environment() (a FRONTEND_CACHE_URL, say);
    the content is loaded without it, since nothing it names runs yet.
    """
    with contextlib.ExitStack() as cleanup:
        cleanup.enter_context(sigterm_as_interrupt())
        folder = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="magazine-bench-")))
        log = folder / "site.log"
        database_url = cleanup.enter_context(throwaway_database(purpose))
        cleanup.enter_context(flushed_redis(REDIS_URL))
        port = free_port()
        environment = production_environment(database_url, f"http://{HOST}:{port}", folder)
        started = time.perf_counter()
        load_content(environment, articles, log)
        environment.update(extra_environment)
        master = cleanup.enter_context(gunicorn(environment, port, workers, log))
        site = ServedSite(
            HOST, port, database_url, REDIS_URL, workers, log, environment, master.pid
        )
        print(
            f"Site served at {site.url} by gunicorn ({workers} workers, production settings), "
            f"database {urlsplit(database_url).path[1:]} ready in "
            f"{time.perf_counter() - started:.0f} s"
        )
        yield site


def production_environment(
    database_url: str, site_url: str, folder: Path, redis_url: str = REDIS_URL
) -> dict[str, str]:
    """The environment magazine.settings.production requires, for plain HTTP on this machine."""
    return {
        **{name: os.environ[name] for name in INHERITED if name in os.environ},
        "DJANGO_SETTINGS_MODULE": "magazine.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        # Nothing here speaks HTTPS: the redirect to it would answer every request.
        "SECURE_SSL_REDIRECT": "False",
        # The benchmark's clients stand for many readers each, as a reverse proxy does: their
        # X-Forwarded-For gives the reader's address (magazine/client_ip.py).
        "TRUSTED_PROXIES": HOST,
        "MEDIA_ROOT": str(folder / "media"),
        "WAGTAILADMIN_BASE_URL": site_url,
        "EMAIL_URL": "consolemail://",
    }


def load_content(environment: dict[str, str], articles: int, log: Path) -> None:
    """Migrate the database, load the demo content, make the images' renditions, and collect
    the static files."""
    demo = {**environment, "DJANGO_SETTINGS_MODULE": "magazine.settings.demo"}
    run_step([MANAGE, "migrate", "--noinput"], demo, log)
    run_step([MANAGE, "load_demo"], demo, log)
    # The newsroom's accounts: a comment held for moderation e-mails the moderators, as in
    # production. The database lives as long as the run, on this machine only.
    run_step([MANAGE, "ensure_demo_admin"], demo, log)
    if articles:
        run_step(["-m", "bench.articles", str(articles)], demo, log)
    # What the scheduler does beside production's web workers: the images' renditions are
    # made ahead, so the workers measured never decode an original.
    run_step([MANAGE, "make_renditions"], environment, log)
    # Production's static files storage reads the manifest collectstatic writes (into
    # var/static, as `make run` does).
    run_step([MANAGE, "collectstatic", "--noinput"], environment, log)


def run_step(arguments: list[str], environment: dict[str, str], log: Path) -> None:
    """Run Python with `arguments`, its output in `log`; raise if it fails.

    In a session of its own, Ctrl-C reaches only the benchmark, and subprocess.run() kills
    the step (by its process id) before the interruption goes on.
    """
    with log.open("a") as output:
        completed = subprocess.run(  # noqa: S603 -- our own interpreter and arguments
            [sys.executable, *arguments],
            cwd=BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            check=False,
        )
    if completed.returncode:
        raise RuntimeError(f"{' '.join(arguments)} failed:\n{tail(log)}")


@contextlib.contextmanager
def gunicorn(
    environment: dict[str, str],
    port: int,
    workers: int,
    log: Path,
    python: str = SITE_PYTHON,
) -> Iterator[subprocess.Popen]:
    """Run gunicorn as `make run` does, with `python`, until the block ends; wait until it
    answers.

    Its configuration is production's (deploy/gunicorn.conf.py), with the address and the
    number of workers given here, and so is its optimization level (OPTIMIZED); the trusted
    proxy is the environment's TRUSTED_PROXIES.
    """
    command = [
        python,
        "-m",
        "gunicorn",
        f"--config={BASE_DIR / 'deploy' / 'gunicorn.conf.py'}",
        f"--bind={HOST}:{port}",
    ]
    environment = {**environment, **OPTIMIZED, "WEB_CONCURRENCY": str(workers)}
    with log.open("a") as output:
        process = subprocess.Popen(  # noqa: S603 -- our own interpreter and arguments
            command,
            cwd=BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_until_answering(process, port, log)
        yield process
    finally:
        stop(process)


def wait_until_answering(process: subprocess.Popen, port: int, log: Path) -> None:
    """Return once the home page answers 200; raise if gunicorn stops or the page fails."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped ({process.returncode}):\n{tail(log)}")
        connection = http.client.HTTPConnection(HOST, port, timeout=10)
        try:
            connection.request("GET", "/")
            status = connection.getresponse().status
        except OSError:  # not listening yet
            time.sleep(0.2)
            continue
        finally:
            connection.close()
        if status != 200:
            raise RuntimeError(f"The home page answered {status}:\n{tail(log)}")
        return
    raise RuntimeError(f"gunicorn did not answer within {STARTUP_TIMEOUT} s:\n{tail(log)}")


def stop(process: subprocess.Popen) -> None:
    """Stop gunicorn: SIGTERM to its master, which stops its workers; then SIGKILL to them all.

    The workers are in the master's process group, its own session; until the master is
    waited for, its id (the group's) cannot be another process's.
    """
    process.terminate()
    try:
        process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextlib.contextmanager
def throwaway_database(purpose: str) -> Iterator[str]:
    """Create an empty database `<name>_<purpose>` on the bench's server; yield its URL.

    A run killed before it could clean up leaves its database behind: the next one drops it.
    """
    parts = urlsplit(DATABASE_URL)
    name = f"{parts.path.lstrip('/')}_{purpose}"
    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(drop)
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(drop)


@contextlib.contextmanager
def flushed_redis(url: str) -> Iterator[None]:
    """Empty the Redis database `url` names, before and after the block."""
    client = redis.Redis.from_url(url)
    client.flushdb()
    try:
        yield
    finally:
        client.flushdb()
        client.close()


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Take SIGTERM for Ctrl-C during the block, so a `kill` cleans up as well."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def free_port() -> int:
    """A TCP port nothing listens on now, on the local interface."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def tail(log: Path, lines: int = 40) -> str:
    """The last `lines` lines of `log`."""
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
