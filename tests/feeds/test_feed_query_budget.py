"""Each feed makes a fixed number of SQL queries, whatever the number of articles, their
authors, tags, images, scores and update notes, with or without their full content."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from magazine.feeds.models import FeedSettings
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory, ArticlePageUpdateFactory
from tests.factories.reviews import GameFactory, scale_with_labels
from tests.reviews.conftest import review_body
from tests.support.bulk import without_indexing
from tests.support.feeds import FEED_URLS
from tests.support.queries import warm_query_count

# A warm feed is kept whole until the content changes: no query. Building it with an empty
# cache: the site, its settings and category links, the articles with their newest update
# notes, their authors, tags and enclosure renditions, the scores of tests with their scales
# and words; the author for an author's feed.
COLD_FEED_QUERIES = 13


def publish_articles(category, author, count: int) -> None:
    """Publish `count` articles by `author` and another, with two tags and a hero image each;
    every third a scored test, every fourth with an update note."""
    scale = scale_with_labels()
    with without_indexing():
        for number in range(count):
            article = ArticlePageFactory(
                parent=category,
                hero_image=ImageFactory(),
                authors=[author, AuthorFactory()],
                tags=["Consoles", f"mot-{number % 7}"],
                **(
                    {"body": review_body(GameFactory().pk, scale_id=scale.pk)}
                    if number % 3 == 0
                    else {}
                ),
            )
            if number % 4 == 0:
                ArticlePageUpdateFactory(page=article)


def cold_query_count(client, url: str) -> int:
    """Return the queries of a request to `url` with an empty cache, renditions made."""
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def query_counts(client, site) -> dict[tuple[str, str], int]:
    """Return the query count of every feed: warm without and with the full content, and
    with an empty cache (without the full content, whose rendering reads each body)."""
    settings = FeedSettings.for_site(site)
    counts = {}
    for full_content in (False, True):
        settings.full_content = full_content
        settings.save()
        counts |= {
            (url, f"warm {full_content}"): warm_query_count(client, url) for url in FEED_URLS
        }
    settings.full_content = False
    settings.save()
    counts |= {(url, "cold"): cold_query_count(client, url) for url in FEED_URLS}
    return counts


def test_feed_queries_do_not_grow_with_articles(client, category, author):
    # One test for both settings: publishing 200 articles takes a while.
    publish_articles(category, author, 5)
    few = query_counts(client, category.get_site())
    publish_articles(category, author, 195)
    assert query_counts(client, category.get_site()) == few
    assert {count for (_, kind), count in few.items() if kind != "cold"} == {0}
    assert max(count for (_, kind), count in few.items() if kind == "cold") <= COLD_FEED_QUERIES
