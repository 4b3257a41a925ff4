"""Sitemaps are public, cacheable, and revalidated: a 304 while nothing changed, else a 200."""

from django.utils.http import parse_http_date

from wagtail.models import PageLogEntry

import pytest

from magazine.articles.models import ArticlePage
from magazine.seo.sitemaps import SitemapSection
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.dates import hours_ago
from tests.support.sitemaps import SITEMAP_PATHS, CrawlerClient


@pytest.fixture
def article(crawler, category) -> ArticlePage:
    """An article with its author and tag, published an hour ago; the audit log recorded
    nothing since the hour before."""
    article = ArticlePageFactory(
        parent=category,
        authors=[AuthorFactory()],
        tags=["Consoles"],
        first_published_at=hours_ago(1),
    )
    PageLogEntry.objects.update(timestamp=hours_ago(2))
    return article


def last_modified(response) -> int:
    return parse_http_date(response["Last-Modified"])


@pytest.mark.parametrize("url", SITEMAP_PATHS)
def test_a_current_copy_gets_a_304(crawler, article, url):
    response = crawler.get(url)
    assert response.status_code == 200
    assert last_modified(response) == int(article.last_published_at.timestamp())
    for header, value in (
        ("If-None-Match", response["ETag"]),
        ("If-Modified-Since", response["Last-Modified"]),
    ):
        revalidated = crawler.get(url, headers={header: value})
        assert revalidated.status_code == 304, header
        assert revalidated["ETag"] == response["ETag"]
        assert not revalidated.content


def test_a_current_copy_of_the_index_gets_a_304(crawler, article, monkeypatch):
    monkeypatch.setattr(SitemapSection, "limit", 1)
    response = crawler.get("/sitemap.xml")
    assert b"<sitemapindex" in response.content
    assert response["Last-Modified"]
    assert (
        crawler.get("/sitemap.xml", headers={"If-None-Match": response["ETag"]}).status_code == 304
    )


def assert_changed(crawler, url: str, before) -> None:
    """A copy taken `before` gets the new sitemap, whichever validator the crawler sends."""
    for header, value in (
        ("If-None-Match", before["ETag"]),
        ("If-Modified-Since", before["Last-Modified"]),
    ):
        after = crawler.get(url, headers={header: value})
        assert after.status_code == 200, (url, header)
        assert after["ETag"] != before["ETag"], url
        assert last_modified(after) > last_modified(before), url


@pytest.mark.parametrize("url", SITEMAP_PATHS)
def test_publishing_an_article_gives_a_new_sitemap(crawler, article, category, url):
    before = crawler.get(url)
    draft = ArticlePageFactory(
        parent=category, authors=[AuthorFactory()], tags=["Nouveau"], never_published=True
    )
    PageLogEntry.objects.update(timestamp=hours_ago(1))
    draft.save_revision().publish()
    assert_changed(crawler, url, before)


@pytest.mark.parametrize("url", SITEMAP_PATHS)
def test_unpublishing_an_article_gives_a_new_sitemap(crawler, article, category, url):
    ArticlePageFactory(
        parent=category,
        authors=[AuthorFactory()],
        tags=["Autre"],
        first_published_at=hours_ago(0.5),
    )
    PageLogEntry.objects.update(timestamp=hours_ago(0.5))
    before = crawler.get(url)
    article.unpublish()
    assert_changed(crawler, url, before)


@pytest.mark.parametrize("url", [*SITEMAP_PATHS, "/robots.txt"])
def test_every_crawler_gets_the_same_public_response(article, url):
    first, second = CrawlerClient().get(url), CrawlerClient().get(url)
    assert first.content == second.content
    assert first["ETag"] == second["ETag"]
    assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]
    assert not first.cookies
    assert "Cookie" not in first.get("Vary", "")
