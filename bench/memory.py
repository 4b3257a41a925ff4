"""The memory of gunicorn's workers, sampled from /proc while a load runs (Linux only)."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .background import repeated

PROC = Path("/proc")
SAMPLE_EVERY = 0.2


def children(pid: int) -> list[int]:
    """The process ids of `pid`'s children (a gunicorn master's are its workers)."""
    found = []
    for task in (PROC / str(pid) / "task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:  # the task ended meanwhile
            continue
    return found


def status_kib(pid: int) -> tuple[int, int]:
    """VmRSS and VmHWM (its peak so far) of process `pid`, in KiB; zeros once it has ended."""
    fields = {}
    try:
        lines = (PROC / str(pid) / "status").read_text().splitlines()
    except OSError:
        return 0, 0
    for line in lines:
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    return fields.get("VmRSS", 0), fields.get("VmHWM", 0)


@dataclass
class PeakMemory:
    """The largest VmRSS one worker had at a sample, and the largest VmHWM, in KiB.

    VmHWM is the kernel's own peak of the worker's resident memory since it started, so it
    also counts what happened between samples, and in earlier runs of the same worker.
    """

    rss_kib: int = 0
    hwm_kib: int = 0

    def sample(self, master_pid: int) -> None:
        """Read every worker of `master_pid` once and keep the peaks."""
        for worker in children(master_pid):
            rss, hwm = status_kib(worker)
            self.rss_kib = max(self.rss_kib, rss)
            self.hwm_kib = max(self.hwm_kib, hwm)


@contextmanager
def sampled_workers(master_pid: int) -> Iterator[PeakMemory]:
    """Sample the workers of `master_pid` every SAMPLE_EVERY seconds during the block, and
    once more at its end; the peaks are in the PeakMemory yielded."""
    peak = PeakMemory()
    with repeated(lambda: peak.sample(master_pid), SAMPLE_EVERY):
        yield peak
    peak.sample(master_pid)
