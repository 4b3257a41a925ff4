"""A real Varnish, started for a test in front of the test's own server, and stopped after.

It runs the repository's VCL (deploy/varnish/default.vcl) with the backend's port and probe
interval changed, in a working directory of its own, as a child process of the test.
"""

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import pytest

VCL = Path(__file__).resolve().parent.parent.parent / "deploy" / "varnish" / "default.vcl"
START_TIMEOUT = 15


def no_varnish(reason: str) -> NoReturn:
    """Fail on CI, where Varnish is required; skip elsewhere."""
    message = f"Cache tests need Varnish: {reason}. Install Debian's varnish and varnish-modules."
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def varnishd_path() -> str:
    """Where varnishd is (Debian puts it in /usr/sbin, off some users' PATH)."""
    path = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/usr/local/sbin")
    if path is None:
        no_varnish("varnishd is not installed")
    return path


def free_port() -> int:
    """Return a local port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def vcl_for_tests(backend_port: int) -> str:
    """The repository's VCL, for the backend at `backend_port`, probed every second."""
    text = VCL.read_text()
    port = f'.port = "{backend_port}";'
    for old, new in {'.port = "8000";': port, ".interval = 5s;": ".interval = 1s;"}.items():
        assert old in text, f"{VCL} no longer says {old}"
        text = text.replace(old, new)
    return text


def answers(port: int) -> bool:
    with socket.socket() as client:
        client.settimeout(0.2)
        return client.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def running_varnish(workdir: Path, backend_port: int) -> Iterator[str]:
    """Run Varnish in front of `backend_port`; yield its address; stop it (by its pid)."""
    workdir.mkdir(parents=True, exist_ok=True)
    vcl = workdir / "test.vcl"
    vcl.write_text(vcl_for_tests(backend_port))
    port = free_port()
    log = workdir / "varnishd.log"
    # -F: in the foreground, a child of the test; -j none: as the test's own user, whoever it
    # is (root would otherwise switch to Varnish's users, who cannot read the test's files).
    with log.open("w") as output:
        process = subprocess.Popen(  # noqa: S603 -- varnishd, with arguments of our own
            [
                varnishd_path(),
                "-F",
                "-j",
                "none",
                "-n",
                str(workdir / "instance"),
                "-a",
                f"127.0.0.1:{port}",
                "-T",
                "none",
                "-f",
                str(vcl),
                "-s",
                "malloc,32m",
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                pytest.fail(f"Varnish did not start:\n{log.read_text()}", pytrace=False)
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
