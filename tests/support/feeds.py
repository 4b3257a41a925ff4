"""Reading the feeds a feed reader gets."""

from django.test import Client

import feedparser

# Every feed of a category "jeux-video", an author "lea-roux" and a tag "consoles", in both
# formats: RSS 2.0 at …/feed/, Atom at …/feed/atom/.
SCOPES = ["/", "/jeux-video/", "/auteurs/lea-roux/", "/tags/consoles/"]
FORMATS = {"rss": "feed/", "atom": "feed/atom/"}
FEED_URLS = [scope + suffix for scope in SCOPES for suffix in FORMATS.values()]


def parse_feed(client: Client, url: str) -> feedparser.FeedParserDict:
    """Return the feed at `url` as feedparser reads it; it must answer 200, well formed."""
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return feed


def entry_titles(client: Client, url: str) -> list[str]:
    """Return the titles of the entries of the feed at `url`, in order."""
    return [entry.title for entry in parse_feed(client, url).entries]
