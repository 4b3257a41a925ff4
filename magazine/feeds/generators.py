"""Django's RSS 2.0 and Atom generators, with what an article entry needs beyond them.

Django writes one author per entry (RSS `<author>` must be an e-mail address), no full
content and any control character as an error. These subclasses write every author by name
only (`dc:creator` in RSS, `<author><name>` in Atom), the full content when given
(`content:encoded` in RSS, `<content type="html">` in Atom), and drop the control characters
XML 1.0 cannot carry, so that no title, however it was typed, breaks a feed.
"""

import datetime
import re
from typing import Any

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed

# The characters XML 1.0 forbids, which Django's XML writer refuses with an error.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F]")
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/"
# An empty feed still needs a date (Atom's <updated>): a fixed one, so that an empty feed
# is the same bytes at every request.
EMPTY_FEED_DATE = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def xml_text(value: Any) -> Any:
    """Return `value` without the control characters XML 1.0 forbids, if it is text."""
    if isinstance(value, str):
        return CONTROL_CHARACTERS.sub("", value)
    if isinstance(value, list | tuple):
        return [xml_text(item) for item in value]
    return value


class ArticleFeedMixin(SyndicationFeed):
    """Cleans every text given to the feed; entries take `authors` (names) and `content`."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.feed = {key: xml_text(value) for key, value in self.feed.items()}

    def add_item(self, *args, **kwargs) -> None:
        super().add_item(*args, **kwargs)
        self.items[-1] = {key: xml_text(value) for key, value in self.items[-1].items()}

    def latest_post_date(self) -> datetime.datetime:
        """The latest publication or update of an entry; a fixed date for an empty feed.

        Django's default for an empty feed is the current time, which would make the same
        feed differ from one second to the next.
        """
        return super().latest_post_date() if self.items else EMPTY_FEED_DATE


class ArticleRssFeed(ArticleFeedMixin, Rss201rev2Feed):
    """RSS 2.0 with every author as `dc:creator` and the full content as `content:encoded`."""

    def rss_attributes(self) -> dict[str, str]:
        return {
            **super().rss_attributes(),
            "xmlns:dc": DUBLIN_CORE,
            "xmlns:content": CONTENT_MODULE,
        }

    def add_item_elements(self, handler, item: dict) -> None:
        super().add_item_elements(handler, item)
        for name in item.get("authors", ()):
            handler.addQuickElement("dc:creator", name)
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])


class ArticleAtomFeed(ArticleFeedMixin, Atom1Feed):
    """Atom with every author as `<author><name>` and the full content as `<content>`."""

    def add_item_elements(self, handler, item: dict) -> None:
        super().add_item_elements(handler, item)
        for name in item.get("authors", ()):
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})
