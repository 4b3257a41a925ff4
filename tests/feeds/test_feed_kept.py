"""A feed's bytes are kept until the content changes: a warm feed reads nothing, and every
change a reader would see is in the very next answer."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from magazine.feeds.models import FeedSettings
from tests.factories.pages import ArticlePageFactory
from tests.support.feeds import FEED_URLS, entry_titles, parse_feed

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(category, author):
    return ArticlePageFactory(
        parent=category, title="Premier article", authors=[author], tags=["Consoles"]
    )


@pytest.mark.parametrize("url", FEED_URLS)
def test_a_warm_feed_makes_no_query(client, article, url):
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url, {"utm_source": "x" * 500})
    assert (again.status_code, again.content) == (200, first.content)
    assert len(queries) == 0


def test_a_new_article_is_in_the_next_answer_of_every_feed(client, article, category, author):
    for url in FEED_URLS:
        entry_titles(client, url)
    ArticlePageFactory(parent=category, title="Tout nouveau", authors=[author], tags=["Consoles"])
    for url in FEED_URLS:
        assert entry_titles(client, url)[0] == "Tout nouveau", url


def test_an_unpublished_article_leaves_the_next_answer(client, article, category, author):
    ArticlePageFactory(parent=category, title="Reste là", authors=[author], tags=["Consoles"])
    for url in FEED_URLS:
        assert "Premier article" in entry_titles(client, url)
    article.unpublish()
    for url in FEED_URLS:
        assert entry_titles(client, url) == ["Reste là"], url


def test_a_renamed_author_and_the_full_content_setting_show_at_once(client, article, author):
    url = "/feed/atom/"
    assert parse_feed(client, url).entries[0].author == "Léa Roux"
    author.name = "Léa Roux-Martin"
    author.save()
    assert parse_feed(client, url).entries[0].author == "Léa Roux-Martin"
    settings = FeedSettings.for_site(article.get_site())
    settings.full_content = True
    settings.save()
    assert "content" in parse_feed(client, url).entries[0]


def test_an_unknown_feed_is_a_404_and_kept_nowhere(client, article):
    assert client.get("/feed/").status_code == 200
    for url in ("/tags/inconnu/feed/", "/auteurs/inconnu/feed/atom/", "/jeux-video/%00/feed/"):
        assert client.get(url).status_code == 404
    assert len(cache.keys("piece:feed:*")) == 1
