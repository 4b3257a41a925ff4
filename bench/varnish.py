"""A real Varnish running the repository's VCL in front of a local backend, stopped after use.

The page benchmark (bench/pages.py) and the cache tests (tests/support/varnish.py) both start
it here: the repository's VCL (deploy/varnish/default.vcl) with the backend's port and probe
interval changed, in a working directory of its own, as a child process stopped by its pid.
"""

import json
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

VCL = Path(__file__).resolve().parent.parent / "deploy" / "varnish" / "default.vcl"
HOST = "127.0.0.1"
START_TIMEOUT = 15
STOP_TIMEOUT = 10


class VarnishUnavailable(RuntimeError):
    """varnishd is not installed, or did not start."""


@dataclass(frozen=True)
class RunningVarnish:
    """Where a started Varnish answers, and its instance directory (for varnishstat)."""

    url: str
    instance: Path

    def counters(self, pattern: str) -> dict[str, int]:
        """varnishstat's counters whose names match `pattern` (`MAIN.backend_req`,
        `VBE.*.happy`), with their values now."""
        output = subprocess.run(  # noqa: S603 -- varnishstat, with arguments of our own
            [program("varnishstat"), "-n", str(self.instance), "-1", "-j", "-f", pattern],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        counters = json.loads(output)
        # Varnish 7 nests the counters under "counters"; older releases list them at the top.
        counters = counters.get("counters", counters)
        return {
            name: int(counter["value"])
            for name, counter in counters.items()
            if isinstance(counter, dict) and "value" in counter
        }

    def counter(self, name: str) -> int:
        """The value of one of varnishstat's counters now, e.g. `MAIN.backend_req`."""
        return self.counters(name)[name]


def program(name: str) -> str:
    """Where Varnish's program `name` is (Debian puts varnishd in /usr/sbin, off some PATHs)."""
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")
    if path is None:
        raise VarnishUnavailable(f"{name} is not installed")
    return path


def varnishd_path() -> str:
    """Where varnishd is; raises VarnishUnavailable when it is not installed."""
    return program("varnishd")


def free_port() -> int:
    """Return a local port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def vcl_for_backend(backend_port: int) -> str:
    """The repository's VCL, for the backend at `backend_port`, probed every second."""
    text = VCL.read_text()
    port = f'.port = "{backend_port}";'
    for old, new in {'.port = "8000";': port, ".interval = 5s;": ".interval = 1s;"}.items():
        if old not in text:
            raise ValueError(f"{VCL} no longer says {old}")
        text = text.replace(old, new)
    return text


def answers(port: int) -> bool:
    """Whether something accepts connections on the local `port`."""
    with socket.socket() as client:
        client.settimeout(0.2)
        return client.connect_ex((HOST, port)) == 0


@contextmanager
def running_varnish(
    workdir: Path, backend_port: int, port: int | None = None, storage: str = "malloc,32m"
) -> Iterator[RunningVarnish]:
    """Run Varnish on `port` (a free one by default) in front of `backend_port`, until the
    block ends; raises VarnishUnavailable when it cannot start."""
    workdir.mkdir(parents=True, exist_ok=True)
    vcl = workdir / "default.vcl"
    vcl.write_text(vcl_for_backend(backend_port))
    port = port or free_port()
    instance = workdir / "instance"
    log = workdir / "varnishd.log"
    # -F: in the foreground, a child of ours; -j none: as our own user, whoever it is (root
    # would otherwise switch to Varnish's users, who cannot read our files).
    command = [varnishd_path(), "-F", "-j", "none", "-n", str(instance)]
    command += ["-a", f"{HOST}:{port}", "-T", "none", "-f", str(vcl), "-s", storage]
    with log.open("w") as output:
        process = subprocess.Popen(  # noqa: S603 -- varnishd, with arguments of our own
            command, stdout=output, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise VarnishUnavailable(f"Varnish did not start:\n{log.read_text()}")
            time.sleep(0.1)
        yield RunningVarnish(f"http://{HOST}:{port}", instance)
    finally:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
