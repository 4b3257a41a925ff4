"""Scheduled and expired articles: on no page a reader reaches before, or after, their time."""

import time
from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory

TITLE = "Une exclusivité programmée"
EXPIRING = "Un dossier à durée limitée"
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


def reader_pages(live, word: str = "exclusivite") -> list[str]:
    return [
        "/",
        live.get_parent().url,
        live.url,
        reverse("authors:detail", args=["lea-roux"]),
        reverse("tags:detail", args=["consoles"]),
        reverse("search:results") + f"?q={word}",
        reverse("search:suggestions") + f"?q={word[:5]}",
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


@pytest.fixture
def expired(category):
    """A live article whose expiry date has just passed, beside one sharing its author and tag.

    The editor's form only takes an expiry date ahead: the article is published with one an
    hour ahead, then the date is moved a minute into the past, as if that hour had gone by.
    """
    author = AuthorFactory(name="Léa Roux", slug="lea-roux")
    live = ArticlePageFactory(
        parent=category, title="Déjà en ligne", authors=[author], tags=["Consoles"]
    )
    article = ArticlePageFactory(
        parent=category, title=EXPIRING, live=False, authors=[author], tags=["Consoles"]
    )
    article.expire_at = timezone.now() + timedelta(hours=1)
    article.save_revision().publish()
    ArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    return article, live


def test_an_expired_article_is_nowhere_once_the_scheduler_has_run(client, expired):
    article, live = expired
    pages = reader_pages(live, word="dossier")
    # Until the scheduler runs, Wagtail still serves it, and every page below lists it; the
    # sitemap alone leaves it out as soon as its expiry date has passed.
    assert client.get(article.url).status_code == 200
    for url in pages:
        html = client.get(url).content.decode()
        if url == "/sitemap.xml":
            assert article.slug not in html
        else:
            assert EXPIRING in html or article.slug in html, url
    call_command("publish_scheduled")
    assert client.get(article.url).status_code == 404
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert EXPIRING not in response.content.decode(), url
        assert article.slug not in response.content.decode(), url
    assert ArticlePage.objects.get(pk=article.pk).expired
