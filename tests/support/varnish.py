"""A real Varnish, started for a test in front of the test's own server, and stopped after.

The start and stop live in bench/varnish.py, shared with the page benchmark; here a missing
or failing Varnish skips the test, or fails it on CI.
"""

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import NoReturn

import pytest

from bench import varnish
from bench.varnish import VCL, VarnishUnavailable

__all__ = ["VCL", "running_varnish", "varnishd_path"]


def no_varnish(reason: str) -> NoReturn:
    """Fail on CI, where Varnish is required; skip elsewhere."""
    message = f"Cache tests need Varnish: {reason}. Install Debian's varnish and varnish-modules."
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def varnishd_path() -> str:
    """Where varnishd is; skips the test (fails it on CI) when it is not installed."""
    try:
        return varnish.varnishd_path()
    except VarnishUnavailable as error:
        no_varnish(str(error))


@contextmanager
def running_varnish(workdir: Path, backend_port: int) -> Iterator[str]:
    """Run Varnish in front of `backend_port`; yield its address; stop it (by its pid)."""
    varnishd_path()
    with ExitStack() as stack:
        try:
            running = stack.enter_context(varnish.running_varnish(workdir, backend_port))
        except VarnishUnavailable as error:
            pytest.fail(str(error), pytrace=False)
        yield running.url
