"""PostgreSQL and Redis servers of the fault run's own, on free ports, stopped by their pids.

The PostgreSQL cluster is made by Debian's initdb in a temporary directory, which also holds
its Unix socket, and runs as the `postgres` system user when the run is root's (PostgreSQL
refuses to run as root). Redis runs in the foreground, a child of the run, with nothing
written to disk. Both can be stopped and started again: that is the fault.
"""

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import redis

from ..stack import HOST, free_port

POSTGRES_BIN = Path("/usr/lib/postgresql/15/bin")
POSTGRES_USER = "postgres"
START_TIMEOUT = 30
STOP_TIMEOUT = 15


def as_postgres(command: list[str]) -> list[str]:
    """`command` as run by the postgres system user when we are root, else as it is."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", POSTGRES_USER, "--", *command]


def postgres_program(name: str) -> str:
    """Where PostgreSQL's program `name` is (Debian's version 15, else on the PATH)."""
    path = POSTGRES_BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} is not installed (Debian's postgresql-15).")
    return found


@dataclass(frozen=True)
class PrivateCluster:
    """A PostgreSQL cluster of the run's own: its data, port and URL, and how to stop it."""

    data: Path
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"postgres://{POSTGRES_USER}@{HOST}:{self.port}/magazine"

    def pg_ctl(self, action: str, *options: str) -> None:
        """Run `pg_ctl action` on the cluster and wait until it is done; raise if it fails."""
        command = [postgres_program("pg_ctl"), action, "-D", str(self.data), "-w"]
        command += ["-t", str(START_TIMEOUT), "-l", str(self.log), *options]
        subprocess.run(  # noqa: S603 -- pg_ctl, with arguments of our own
            as_postgres(command),
            cwd=self.data.parent,
            check=True,
            capture_output=True,
            start_new_session=True,
        )

    def restart(self) -> None:
        """Restart the server as an operator does, ending every session at once (-m fast)."""
        self.pg_ctl("restart", "-m", "fast")

    def postmaster_pid(self) -> int | None:
        """The server's process id, from its pid file; None when it is not running."""
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        """Stop the server (fast); SIGKILL to its postmaster, by its pid, if that fails."""
        if self.postmaster_pid() is None:
            return
        with contextlib.suppress(subprocess.CalledProcessError):
            self.pg_ctl("stop", "-m", "fast")
            return
        pid = self.postmaster_pid()
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@contextlib.contextmanager
def private_postgres(folder: Path) -> Iterator[PrivateCluster]:
    """A new cluster in `folder` with a `magazine` database, on a free port, until the block
    ends; its socket in `folder` too, listening on the local interface only.

    fsync is off: the faults here end processes, never the machine, and the migrations run
    several times faster without it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        user = pwd.getpwnam(POSTGRES_USER)
        os.chown(folder, user.pw_uid, user.pw_gid)
    cluster = PrivateCluster(folder / "data", free_port(), folder / "postgresql.log")
    initdb = [postgres_program("initdb"), "-D", str(cluster.data), "-U", POSTGRES_USER]
    initdb += ["-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]
    # From the cluster's folder: the postgres user may not enter the current directory.
    subprocess.run(  # noqa: S603 -- initdb, with arguments of our own
        as_postgres(initdb), cwd=folder, check=True, capture_output=True
    )
    settings = {
        "port": cluster.port,
        "listen_addresses": f"'{HOST}'",
        "unix_socket_directories": f"'{folder}'",
        "fsync": "off",
        "full_page_writes": "off",
    }
    with (cluster.data / "postgresql.conf").open("a") as conf:
        conf.writelines(f"{name} = {value}\n" for name, value in settings.items())
    try:
        cluster.pg_ctl("start")
        createdb = [postgres_program("createdb"), "-h", HOST, "-p", str(cluster.port)]
        subprocess.run(  # noqa: S603 -- createdb, with arguments of our own
            [*createdb, "-U", POSTGRES_USER, "magazine"], check=True, capture_output=True
        )
        yield cluster
    finally:
        cluster.stop()


class PrivateRedis:
    """A Redis server of the run's own, on a free port, that can be stopped and started."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}/0"

    def start(self) -> None:
        """Start the server (empty: nothing is saved) and wait until it answers."""
        command = [shutil.which("redis-server") or "redis-server", "--port", str(self.port)]
        command += ["--bind", HOST, "--save", "", "--appendonly", "no", "--dir", str(self.folder)]
        with (self.folder / "redis.log").open("a") as log:
            self.process = subprocess.Popen(  # noqa: S603 -- redis-server, arguments of ours
                command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        client = redis.Redis(host=HOST, port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + START_TIMEOUT
        try:
            while True:
                try:
                    client.ping()
                    return
                except redis.ConnectionError:
                    if self.process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("redis-server did not start") from None
                    time.sleep(0.05)
        finally:
            client.close()

    def stop(self) -> None:
        """Stop the server, by its pid, if it runs."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextlib.contextmanager
def private_redis(folder: Path) -> Iterator[PrivateRedis]:
    """A running PrivateRedis whose files are in `folder`, stopped when the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    server = PrivateRedis(folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()
