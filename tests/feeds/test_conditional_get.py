"""Feeds are public, cacheable responses that a reader revalidates: 304 while nothing has
changed, the new feed as soon as anything in it has."""

from django.test import Client
from django.utils.http import http_date, parse_http_date

from wagtail.models import PageViewRestriction

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.pages import ArticlePageFactory
from tests.support.feeds import FEED_URLS


@pytest.fixture
def articles(category, author):
    """Two live articles in every feed: changes to the older one leave the newest date as is."""
    older = ArticlePageFactory(
        parent=category, title="Le plus ancien", authors=[author], tags=["Consoles"]
    )
    newer = ArticlePageFactory(
        parent=category, title="Le plus récent", authors=[author], tags=["Consoles"]
    )
    return older, newer


def validators(client: Client, url: str) -> tuple[str, str]:
    """Return the ETag and Last-Modified of the feed at `url`."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response["ETag"], response["Last-Modified"]


def revalidate(client: Client, url: str, etag: str, last_modified: str) -> dict[str, int]:
    """Return the status of a re-request with each validator alone, and with both."""
    return {
        "etag": client.get(url, headers={"if-none-match": etag}).status_code,
        "date": client.get(url, headers={"if-modified-since": last_modified}).status_code,
        "both": client.get(
            url, headers={"if-none-match": etag, "if-modified-since": last_modified}
        ).status_code,
    }


NOT_MODIFIED = {"etag": 304, "date": 304, "both": 304}
CHANGED = {"etag": 200, "date": 200, "both": 200}


def test_feeds_are_public_and_cacheable(client, articles, settings):
    expected = (
        f"public, max-age={settings.CACHE_CONTROL_MAX_AGE}, "
        f"s-maxage={settings.CACHE_CONTROL_S_MAXAGE}"
    )
    for url in FEED_URLS:
        response = client.get(url)
        assert response["Cache-Control"] == expected, url
        assert "Cookie" not in response.get("Vary", ""), url
        assert not response.cookies, url


def test_every_reader_gets_the_same_bytes(articles, django_user_model):
    reader = Client()
    reader.force_login(django_user_model.objects.create_user("lecteur"))
    for url in FEED_URLS:
        first, second, logged_in = Client().get(url), Client().get(url), reader.get(url)
        assert first.content == second.content == logged_in.content, url
        assert first["ETag"] == second["ETag"], url


def test_an_unchanged_feed_answers_304(client, articles):
    for url in FEED_URLS:
        assert revalidate(client, url, *validators(client, url)) == NOT_MODIFIED, url


def test_a_304_carries_the_validators_and_no_body(client, articles):
    etag, last_modified = validators(client, "/feed/")
    response = client.get("/feed/", headers={"if-none-match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert (response["ETag"], response["Last-Modified"]) == (etag, last_modified)


def test_an_edit_gives_the_new_feed(client, articles):
    older, _ = articles
    before = {url: validators(client, url) for url in FEED_URLS}
    article = ArticlePage.objects.get(pk=older.pk)
    article.title = "Le plus ancien, corrigé"
    article.save_revision().publish()
    for url in FEED_URLS:
        assert revalidate(client, url, *before[url]) == CHANGED, url
        assert "corrigé" in client.get(url).content.decode(), url


def test_unpublishing_an_older_article_gives_the_new_feed(client, articles):
    older, _ = articles
    before = {url: validators(client, url) for url in FEED_URLS}
    ArticlePage.objects.get(pk=older.pk).unpublish()
    for url in FEED_URLS:
        assert revalidate(client, url, *before[url]) == CHANGED, url
        assert "Le plus ancien" not in client.get(url).content.decode(), url


def test_restricting_an_older_article_gives_the_new_feed(client, articles):
    older, _ = articles
    before = {url: validators(client, url) for url in FEED_URLS}
    PageViewRestriction.objects.create(page=older, restriction_type=PageViewRestriction.LOGIN)
    for url in FEED_URLS:
        assert revalidate(client, url, *before[url]) == CHANGED, url


def test_a_change_within_the_same_second_still_moves_last_modified(client, articles):
    older, _ = articles
    etag, last_modified = validators(client, "/feed/")
    ArticlePage.objects.get(pk=older.pk).unpublish()
    _, changed = validators(client, "/feed/")
    assert parse_http_date(changed) > parse_http_date(last_modified)


def test_last_modified_never_goes_back_when_a_change_is_undone(client, articles):
    older, _ = articles
    first_etag, first = validators(client, "/feed/")
    restriction = PageViewRestriction.objects.create(
        page=older, restriction_type=PageViewRestriction.LOGIN
    )
    _, second = validators(client, "/feed/")
    restriction.delete()
    third_etag, third = validators(client, "/feed/")
    # The same feed as at first, yet a reader who saw the second one must get it again.
    assert third_etag == first_etag
    assert parse_http_date(first) < parse_http_date(second) < parse_http_date(third)
    assert client.get("/feed/", headers={"if-modified-since": second}).status_code == 200


def test_a_date_older_than_the_feed_gets_the_feed(client, articles):
    _, last_modified = validators(client, "/feed/")
    earlier = http_date(parse_http_date(last_modified) - 60)
    assert client.get("/feed/", headers={"if-modified-since": earlier}).status_code == 200


def test_an_empty_feed_is_the_same_bytes_at_every_request(client, author):
    # Django dates an empty feed by the current time, to the microsecond in Atom.
    first = client.get("/auteurs/lea-roux/feed/atom/")
    assert client.get("/auteurs/lea-roux/feed/atom/").content == first.content
    revalidated = client.get(
        "/auteurs/lea-roux/feed/atom/", headers={"if-none-match": first["ETag"]}
    )
    assert revalidated.status_code == 304
