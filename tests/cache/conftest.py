"""Fixtures for the cache tests: the purges sent, recorded by a backend of Wagtail's own kind."""

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import pytest

from tests.support.frontend_cache import SENT, Purges


@pytest.fixture
def purges(settings) -> Iterator[Purges]:
    """The purges sent to the frontend cache, which records them rather than send them."""
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.support.frontend_cache.RecordingBackend"}
    }
    SENT.clear()
    yield SENT
    SENT.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks) -> Callable[[], AbstractContextManager]:
    """A block whose transaction commits at its end: purges wait for the commit.

    Tests run in a transaction that never commits; this runs what waits for the commit.
    """
    return lambda: django_capture_on_commit_callbacks(execute=True)
