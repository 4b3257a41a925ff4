"""Each feed makes a fixed number of SQL queries, whatever the number of articles, their
authors, tags and images, with or without their full content."""

from magazine.feeds.models import FeedSettings
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.feeds import FEED_URLS
from tests.support.queries import warm_query_count

# The budget of a warm request (the category links, settings, enclosure lengths and full
# contents in the cache): the site, the articles, their authors, tags and enclosure
# renditions; the author or the tag for their feeds.
FEED_QUERIES = 6


def publish_articles(category, author, count: int) -> None:
    """Publish `count` articles by `author` and another, with two tags and a hero image."""
    images = ImageFactory.create_batch(3)
    for number in range(count):
        ArticlePageFactory(
            parent=category,
            hero_image=images[number % len(images)],
            authors=[author, AuthorFactory()],
            tags=["Consoles", f"mot-{number % 7}"],
        )


def warm_counts(client, site) -> dict[tuple[str, bool], int]:
    """Return the warm query count of every feed, without and with the full content."""
    settings = FeedSettings.for_site(site)
    counts = {}
    for full_content in (False, True):
        settings.full_content = full_content
        settings.save()
        counts |= {(url, full_content): warm_query_count(client, url) for url in FEED_URLS}
    return counts


def test_feed_queries_do_not_grow_with_articles(client, category, author):
    # One test for both settings: publishing 200 articles takes a while.
    publish_articles(category, author, 5)
    few = warm_counts(client, category.get_site())
    publish_articles(category, author, 195)
    assert warm_counts(client, category.get_site()) == few
    assert max(few.values()) <= FEED_QUERIES
