"""A step repeated in a thread of its own while a block runs (sampling, polling)."""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def repeated(step: Callable[[], bool | None], every: float) -> Iterator[None]:
    """Call `step()` every `every` seconds during the block, until it returns True."""
    done = threading.Event()

    def repeat() -> None:
        while not done.is_set():
            if step():
                return
            done.wait(every)

    thread = threading.Thread(target=repeat, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
