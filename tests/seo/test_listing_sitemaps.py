"""/sitemap.xml lists the hubs of games and products, the series and the release calendar,
dated by their latest article; a change to any of them gives a new sitemap."""

from django.utils.http import parse_http_date

from wagtail.log_actions import log
from wagtail.models import PageLogEntry

import pytest

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePageSubject
from tests.factories.pages import ArticlePageFactory
from tests.factories.reviews import GameFactory, ProductFactory
from tests.factories.series import SeriesFactory
from tests.support.dates import hours_ago
from tests.support.frontend_cache import SENT
from tests.support.sitemaps import ORIGIN, sitemap_root, sitemap_urls


def test_a_game_hub_is_dated_by_its_latest_article(crawler, category):
    game = GameFactory(slug="brumes")
    ArticlePageFactory(
        parent=category,
        body=b.body(b.game_sheet(game.pk)),
        first_published_at=hours_ago(30),
        last_published_at=hours_ago(30),
    )
    latest = ArticlePageFactory(
        parent=category,
        body=b.body(b.game_sheet(game.pk)),
        first_published_at=hours_ago(20),
        last_published_at=hours_ago(3),
    )
    assert sitemap_urls(crawler, "/sitemap.xml")[f"{ORIGIN}/jeux/brumes/"] == (
        latest.last_published_at
    )


def test_a_product_named_as_a_subject_dates_its_hub(crawler, category):
    product = ProductFactory(slug="fairphone-6")
    article = ArticlePageFactory(parent=category, last_published_at=hours_ago(2))
    ArticlePageSubject.objects.create(page=article, product=product)
    article.save()
    assert sitemap_urls(crawler, "/sitemap.xml")[f"{ORIGIN}/produits/fairphone-6/"] == (
        article.last_published_at
    )


def test_hubs_without_a_live_article_are_listed_undated(crawler, category):
    game, product = GameFactory(slug="a-venir"), ProductFactory(slug="annonce")
    ArticlePageFactory(parent=category, never_published=True, body=b.body(b.game_sheet(game.pk)))
    hidden = ArticlePageFactory(parent=category, body=b.body(b.product_sheet(product.pk)))
    hidden.unpublish()
    urls = sitemap_urls(crawler, "/sitemap.xml")
    assert urls[f"{ORIGIN}/jeux/a-venir/"] is None
    assert urls[f"{ORIGIN}/produits/annonce/"] is None


def test_a_series_is_listed_once_an_episode_is_live(crawler, category):
    live = SeriesFactory(slug="dossier-consoles")
    SeriesFactory(slug="en-preparation")
    episode = ArticlePageFactory(
        parent=category, series=live, episode=1, last_published_at=hours_ago(4)
    )
    ArticlePageFactory(parent=category, series=live, episode=2, never_published=True)
    series_urls = {
        url: lastmod
        for url, lastmod in sitemap_urls(crawler, "/sitemap.xml").items()
        if "/series/" in url
    }
    assert series_urls == {f"{ORIGIN}/series/dossier-consoles/": episode.last_published_at}


def test_the_release_calendar_is_listed_undated(crawler, home_page):
    assert sitemap_urls(crawler, "/sitemap.xml")[f"{ORIGIN}/sorties/"] is None


def test_each_kind_has_its_file_in_the_index(crawler, category, monkeypatch):
    game, product, series = GameFactory(), ProductFactory(), SeriesFactory()
    ArticlePageFactory(
        parent=category,
        series=series,
        episode=1,
        body=b.body(b.game_sheet(game.pk), b.product_sheet(product.pk)),
    )
    monkeypatch.setattr("magazine.seo.sitemaps.SitemapSection.limit", 1)
    root = sitemap_root(crawler, "/sitemap.xml")
    files = root.xpath("//*[local-name()='loc']/text()")
    for section in ("series", "games", "products", "releases"):
        assert f"{ORIGIN}/sitemap-{section}.xml" in files
    assert list(sitemap_urls(crawler, "/sitemap-games.xml")) == [
        f"{ORIGIN}{game.get_absolute_url()}"
    ]
    assert list(sitemap_urls(crawler, "/sitemap-series.xml")) == [
        f"{ORIGIN}{series.get_absolute_url()}"
    ]


@pytest.fixture
def recorded_purges(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.support.frontend_cache.RecordingBackend"}
    }
    SENT.clear()
    yield SENT
    SENT.clear()


@pytest.mark.parametrize("factory", [GameFactory, ProductFactory, SeriesFactory])
def test_a_new_or_renamed_item_purges_the_sitemaps(
    recorded_purges, django_capture_on_commit_callbacks, home_page, factory
):
    with django_capture_on_commit_callbacks(execute=True):
        item = factory()
    assert "sitemaps" in recorded_purges.all_tags
    recorded_purges.clear()
    item.slug = "nouvelle-adresse"
    with django_capture_on_commit_callbacks(execute=True):
        item.save()
    assert "sitemaps" in recorded_purges.all_tags


@pytest.mark.parametrize("factory", [GameFactory, ProductFactory, SeriesFactory])
def test_an_item_changed_in_the_admin_moves_the_sitemaps_last_modified(crawler, category, factory):
    ArticlePageFactory(parent=category, first_published_at=hours_ago(5))
    PageLogEntry.objects.update(timestamp=hours_ago(4))
    before = parse_http_date(crawler.get("/sitemap.xml")["Last-Modified"])
    entry = log(factory(), "wagtail.edit")
    after = parse_http_date(crawler.get("/sitemap.xml")["Last-Modified"])
    assert after == int(entry.timestamp.timestamp()) > before
