"""A frontend cache backend that records the purges Wagtail's frontend cache sends it."""

from collections.abc import Collection
from dataclasses import dataclass, field

from wagtail.contrib.frontend_cache.backends.base import BaseBackend


@dataclass
class Purges:
    """What was purged: the tags and the URLs, each in the order sent."""

    tags: list[set[str]] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    @property
    def all_tags(self) -> set[str]:
        return set().union(*self.tags)

    def clear(self) -> None:
        self.tags.clear()
        self.urls.clear()


# Wagtail builds a backend afresh for each purge, so what they send is kept here.
SENT = Purges()


class RecordingBackend(BaseBackend):
    """Record each purge in `SENT` instead of sending it anywhere."""

    def purge(self, url: str) -> None:
        SENT.urls.append(url)

    def purge_tags(self, tags: Collection[str]) -> None:
        SENT.tags.append(set(tags))
