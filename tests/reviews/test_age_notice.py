"""« Ce test date de … »: old tests say their age, with links to our newer tests of the same
item; the notice appears on the day the test becomes old, whatever the cached pieces hold."""

from datetime import timedelta

from django.utils import timezone

import pytest

from magazine.reviews.ages import is_old, months_later
from magazine.reviews.models import ReviewSettings
from tests.factories.pages import ArticlePageFactory
from tests.support.html import page_soup

from .conftest import review_body


def published(days_ago: int) -> dict:
    when = timezone.now() - timedelta(days=days_ago)
    return {"first_published_at": when, "last_published_at": when}


@pytest.fixture
def old_after_a_year(site):
    settings = ReviewSettings.for_site(site)
    settings.old_after_months = 12
    settings.save()
    return settings


@pytest.fixture
def site(home_page):
    return home_page.get_site()


def notice(client, article):
    return page_soup(client, article.url).select_one(".article__header .age-notice")


def test_months_later_keeps_the_day_or_the_months_last():
    start = timezone.now().replace(year=2026, month=1, day=31)
    assert months_later(start, 1).date().isoformat() == "2026-02-28"
    assert months_later(start, 12).date().isoformat() == "2027-01-31"


def test_a_test_is_old_from_the_day_its_months_are_up():
    start = timezone.now().replace(year=2025, month=3, day=10, hour=9)
    assert not is_old(start, 12, start.replace(year=2026, day=9))
    assert is_old(start, 12, start.replace(year=2026))
    assert not is_old(start, 0, start.replace(year=2040))


def test_an_old_test_says_its_age_and_links_newer_tests(
    client, old_after_a_year, category, game, scale
):
    old = ArticlePageFactory(
        parent=category, body=review_body(game.pk, scale_id=scale.pk), **published(400)
    )
    newer = ArticlePageFactory(
        parent=category,
        title="Les Brumes d'Armor, le retour",
        body=review_body(game.pk, scale_id=scale.pk),
        **published(10),
    )
    found = notice(client, old)
    month = timezone.localtime(old.first_published_at).strftime("%Y")
    assert found.p.get_text().startswith("Ce test date de ")
    assert month in found.p.get_text()
    assert [a["href"] for a in found.select("a")] == [newer.url]
    assert notice(client, newer) is None


def test_an_old_test_without_newer_ones_only_says_its_age(
    client, old_after_a_year, category, game, scale
):
    old = ArticlePageFactory(
        parent=category, body=review_body(game.pk, scale_id=scale.pk), **published(400)
    )
    found = notice(client, old)
    assert found and found.select("a") == []


def test_an_old_article_that_is_no_test_says_nothing(client, old_after_a_year, category):
    article = ArticlePageFactory(parent=category, **published(400))
    assert notice(client, article) is None


def test_no_notice_when_the_setting_is_zero(client, site, category, game, scale):
    settings = ReviewSettings.for_site(site)
    settings.old_after_months = 0
    settings.save()
    old = ArticlePageFactory(
        parent=category, body=review_body(game.pk, scale_id=scale.pk), **published(4000)
    )
    assert notice(client, old) is None


def test_the_notice_appears_the_day_the_test_becomes_old_despite_the_cached_page(
    client, old_after_a_year, category, game, scale, monkeypatch
):
    article = ArticlePageFactory(
        parent=category, body=review_body(game.pk, scale_id=scale.pk), **published(360)
    )
    assert notice(client, article) is None
    later = timezone.now() + timedelta(days=10)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert notice(client, article) is not None
