"""A scheduled article stays out of every page a reader reaches until it goes live."""

import time
from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory

TITLE = "Une exclusivité programmée"
# Short enough to wait for; nothing publishes the article before publish_scheduled runs.
GO_LIVE_SECONDS = 2


@pytest.fixture
def scheduled(category):
    """A draft scheduled two seconds ahead, beside a live article with its author and tag."""
    author = AuthorFactory(name="Léa Roux", slug="lea-roux")
    live = ArticlePageFactory(
        parent=category, title="Déjà en ligne", authors=[author], tags=["Consoles"]
    )
    article = ArticlePageFactory(
        parent=category, title=TITLE, live=False, authors=[author], tags=["Consoles"]
    )
    article.go_live_at = timezone.now() + timedelta(seconds=GO_LIVE_SECONDS)
    article.save_revision().publish()
    return article, live


def reader_pages(live) -> list[str]:
    return [
        "/",
        live.get_parent().url,
        live.url,
        reverse("authors:detail", args=["lea-roux"]),
        reverse("tags:detail", args=["consoles"]),
        reverse("search:results") + "?q=exclusivite",
        reverse("search:suggestions") + "?q=exclu",
        "/sitemap.xml",
    ]


def test_a_scheduled_article_is_nowhere_before_its_time(client, scheduled):
    article, live = scheduled
    assert client.get(article.url).status_code == 404
    for url in reader_pages(live):
        response = client.get(url)
        assert response.status_code == 200, url
        assert TITLE not in response.content.decode(), url
        assert article.slug not in response.content.decode(), url


def test_a_scheduled_article_appears_once_its_time_has_come(client, scheduled):
    article, live = scheduled
    call_command("publish_scheduled")
    assert client.get(article.url).status_code == 404
    time.sleep(GO_LIVE_SECONDS + 0.5)
    call_command("publish_scheduled")
    assert client.get(article.url).status_code == 200
    assert TITLE in client.get(live.get_parent().url).content.decode()
    assert TITLE in client.get(reverse("tags:detail", args=["consoles"])).content.decode()
