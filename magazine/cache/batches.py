"""A bulk job's changes to the caches, gathered and applied a batch at a time.

An import changes thousands of pages in a row: rather than a renewal and a purge per page,
`changes_gathered()` keeps both and applies them when asked, between the job's
transactions, in the order every change follows (receivers.py): the generations renewed
first, then the cache in front purged, which asks for the pages again at once.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .generations import renewals_gathered
from .purge import purges_gathered


@contextmanager
def changes_gathered(dropped: bool = False) -> Iterator[Callable[[], None]]:
    """Gather the block's renewals and purges; the yielded function applies those gathered
    since its last call, as the block's end does, or forgets them if `dropped` (a job
    rolled back at its end)."""
    with purges_gathered(dropped) as send_purges, renewals_gathered(dropped) as renew:

        def apply() -> None:
            renew()
            send_purges()

        yield apply
