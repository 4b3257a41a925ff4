"""Only live, public articles whose time has come appear in a feed, and in none other."""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.pages import ArticlePageFactory
from tests.support.feeds import FEED_URLS, entry_titles

HIDDEN = "Un article que personne ne doit voir"


@pytest.fixture
def visible(category, author):
    """A live article in every feed, so that each feed answers 200 and lists something."""
    return ArticlePageFactory(
        parent=category, title="Un article en ligne", authors=[author], tags=["Consoles"]
    )


def hidden(category, author, **fields) -> ArticlePage:
    """An article in every scope the feeds cover (category, author, tag), titled HIDDEN."""
    return ArticlePageFactory(
        parent=category, title=HIDDEN, authors=[author], tags=["Consoles"], **fields
    )


def assert_in_no_feed(client) -> None:
    for url in FEED_URLS:
        titles = entry_titles(client, url)
        assert "Un article en ligne" in titles, url
        assert HIDDEN not in titles, url


def test_a_draft_is_in_no_feed(client, visible, category, author):
    article = hidden(category, author)
    article.unpublish()
    assert_in_no_feed(client)


def test_a_never_published_article_is_in_no_feed(client, visible, category, author):
    hidden(category, author, never_published=True)
    assert_in_no_feed(client)


def test_a_password_protected_article_is_in_no_feed(client, visible, category, author):
    article = hidden(category, author)
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert_in_no_feed(client)


def test_an_article_for_logged_in_readers_is_in_no_feed(client, visible, category, author):
    article = hidden(category, author)
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert_in_no_feed(client)


def test_an_article_for_some_groups_is_in_no_feed(client, visible, category, author):
    article = hidden(category, author)
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Abonnés")])
    assert_in_no_feed(client)


def test_an_article_of_a_restricted_category_is_in_no_feed(client, visible, other_category, author):
    hidden(other_category, author)
    PageViewRestriction.objects.create(
        page=other_category, restriction_type=PageViewRestriction.LOGIN
    )
    assert_in_no_feed(client)
    assert client.get("/materiel/feed/").status_code == 404


def test_a_scheduled_article_is_in_no_feed(client, visible, category, author):
    article = hidden(category, author, live=False, first_published_at=None)
    article.go_live_at = timezone.now() + timedelta(hours=1)
    article.save_revision().publish()
    assert not ArticlePage.objects.get(pk=article.pk).live
    assert_in_no_feed(client)


def test_an_article_dated_in_the_future_is_in_no_feed(client, visible, category, author):
    hidden(category, author, first_published_at=timezone.now() + timedelta(hours=1))
    assert_in_no_feed(client)


def test_an_expired_article_is_in_no_feed_even_before_the_scheduler_runs(
    client, visible, category, author
):
    article = hidden(category, author)
    ArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    assert ArticlePage.objects.get(pk=article.pk).live
    assert_in_no_feed(client)


def test_an_article_expiring_later_is_in_the_feeds(client, visible, category, author):
    hidden(category, author, expire_at=timezone.now() + timedelta(hours=1))
    assert HIDDEN in entry_titles(client, "/feed/")
