"""HTTP load with wrk (Debian's package), and what it measured, read from its output.

wrk runs a Lua script of ours: its `done()` prints one line of JSON with the request count,
the duration, latency percentiles and the errors, so nothing depends on the layout of wrk's
own summary. With a list of paths the script also cycles through them, each thread starting
at another place in the list.
"""

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

MARKER = "WRK-RESULT "
# What a browser announces: Varnish then serves its gzipped copy as it is.
HEADERS = {"Accept-Encoding": "gzip"}
# wrk's counters, written out by done(); latencies are in microseconds.
DONE = """
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '%s{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, '
    .. '"status": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d}\\n',
    MARKER, summary.requests, summary.duration, latency:percentile(50),
    latency:percentile(99), latency.max, errors.status, errors.connect, errors.read,
    errors.write, errors.timeout))
end
"""
PATHS = """
init = function(args)
  requests = {}
  for index, path in ipairs(paths) do
    requests[index] = wrk.format(nil, path)
  end
  position = math.random(#requests)
end

request = function()
  position = position % #requests + 1
  return requests[position]
end
"""


@dataclass(frozen=True)
class WrkResult:
    """One wrk run: requests answered, over how long, latencies, and what went wrong.

    `non_2xx` is wrk's "Non-2xx or 3xx responses" (it counts statuses from 400); the socket
    errors are connections refused or broken, and requests unanswered within the timeout.
    """

    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    non_2xx: int
    socket_errors: int

    @property
    def requests_per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def errors(self) -> int:
        """Every request that did not get a good answer."""
        return self.non_2xx + self.socket_errors


def script(paths: list[str] | None = None) -> str:
    """The Lua script for a run: the summary in JSON, and the cycle through `paths` if any."""
    lua = f"MARKER = {json.dumps(MARKER)}\n{DONE}"
    if paths:
        quoted = ", ".join(json.dumps(path) for path in paths)
        lua = f"paths = {{{quoted}}}\n{PATHS}{lua}"
    return lua


def parse(output: str) -> WrkResult:
    """The figures of a run, from wrk's output (the line our `done()` prints)."""
    for line in output.splitlines():
        if line.startswith(MARKER):
            figures = json.loads(line.removeprefix(MARKER))
            break
    else:
        raise ValueError(f"wrk printed no result line:\n{output}")
    return WrkResult(
        requests=figures["requests"],
        seconds=figures["duration_us"] / 1_000_000,
        p50_ms=figures["p50_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
        max_ms=figures["max_us"] / 1000,
        non_2xx=figures["status"],
        socket_errors=sum(figures[name] for name in ("connect", "read", "write", "timeout")),
    )


@dataclass(frozen=True)
class Load:
    """How hard wrk pushes: threads, open connections, seconds, and its per-request timeout."""

    threads: int = 2
    connections: int = 16
    seconds: float = 10
    timeout: float = 10


def start(url: str, load: Load, folder: Path, paths: list[str] | None = None) -> subprocess.Popen:
    """Start wrk on `url` (or, with `paths`, those paths of its server in turn) as `load`
    says; finish() waits for its figures, stop() ends it early."""
    lua = folder / ("paths.lua" if paths else "summary.lua")
    lua.write_text(script(paths))
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError("wrk is not installed (Debian's package wrk).")
    command = [wrk, f"--threads={load.threads}", f"--connections={load.connections}"]
    command += [f"--duration={load.seconds:g}s", f"--timeout={load.timeout:g}s"]
    command += [f"--script={lua}", "--latency"]
    for name, value in HEADERS.items():
        command += ["--header", f"{name}: {value}"]
    # A session of its own: Ctrl-C reaches the benchmark, which stops wrk by its id.
    return subprocess.Popen(  # noqa: S603 -- wrk, with arguments of our own
        [*command, url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def finish(process: subprocess.Popen, load: Load) -> WrkResult:
    """Wait for the run `process` to end; its figures."""
    stdout, stderr = process.communicate(timeout=load.seconds + load.timeout + 30)
    if process.returncode:
        raise RuntimeError(f"wrk failed ({process.returncode}):\n{stderr}{stdout}")
    return parse(stdout)


def stop(process: subprocess.Popen) -> None:
    """End the run `process` if it is still going."""
    if process.poll() is None:
        process.kill()
        process.wait()


def run(url: str, load: Load, folder: Path, paths: list[str] | None = None) -> WrkResult:
    """Load `url` (or, with `paths`, those paths in turn) as `load` says; the figures."""
    process = start(url, load, folder, paths)
    try:
        return finish(process, load)
    finally:
        stop(process)
