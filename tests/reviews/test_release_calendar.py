"""The release calendar /sorties/: games to come by month, precision-aware ordering, a filter
by platform that refuses made-up values, a fixed query budget, purged with any game."""

from datetime import date, timedelta

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from magazine.cache.tags import RELEASES
from tests.factories.pages import ArticlePageFactory
from tests.factories.reviews import GameFactory, GameReleaseFactory
from tests.support.html import page_soup

URL = "/sorties/"
# Next year: every date of it is to come, whenever the tests run.
YEAR = date.today().year + 1


def game_out(title: str, when: date, precision: str = "day", platform: str = "pc"):
    game = GameFactory(title=title)
    GameReleaseFactory(game=game, platform=platform, release_date=when, precision=precision)
    return game


def calendar(client, url: str = URL) -> list[tuple[str, list[str]]]:
    """The calendar's headings, each with its games' titles, in order."""
    page = page_soup(client, url)
    return [
        (
            group.h2.get_text(),
            [entry.select_one(".release__title").get_text() for entry in group.select(".release")],
        )
        for group in page.select(".release-group")
    ]


def test_a_quarter_comes_after_every_dated_release_of_its_last_month(client, home_page):
    game_out("Au trimestre", date(YEAR, 1, 1), "quarter")
    game_out("Le 31 mars", date(YEAR, 3, 31))
    game_out("En mars", date(YEAR, 3, 1), "month")
    game_out("Le 2 mars", date(YEAR, 3, 2))
    game_out("En avril", date(YEAR, 4, 10))
    game_out("Dans l'année", date(YEAR, 1, 1), "year")
    game_out("En janvier", date(YEAR, 1, 5))
    assert calendar(client) == [
        (f"Janvier {YEAR}", ["En janvier"]),
        (f"Mars {YEAR}", ["Le 2 mars", "Le 31 mars", "En mars"]),
        (f"T1 {YEAR}", ["Au trimestre"]),
        (f"Avril {YEAR}", ["En avril"]),
        (str(YEAR), ["Dans l'année"]),
    ]


def test_past_releases_leave_but_a_period_not_over_stays(client, home_page):
    today = timezone.localdate()
    game_out("Sorti hier", today - timedelta(days=1))
    game_out("Cette année", date(today.year, 1, 1), "year")
    game_out("L'an dernier", date(today.year - 1, 1, 1), "year")
    titles = [title for _heading, titles in calendar(client) for title in titles]
    assert titles == ["Cette année"]


def test_an_entry_links_to_the_hub_and_lists_its_platforms_once(client, home_page):
    game = game_out("Multiplateforme", date(YEAR, 5, 20), platform="ps5")
    GameReleaseFactory(game=game, platform="pc", release_date=date(YEAR, 5, 20))
    entry = page_soup(client, URL).select_one(".release")
    assert entry.a["href"] == f"/jeux/{game.slug}/"
    assert entry.select_one(".release__platforms").get_text() == "PC, PlayStation 5"
    assert entry.time["datetime"] == f"{YEAR}-05-20"


def test_the_platform_filter_keeps_that_platforms_releases(client, home_page):
    game_out("Sur PC", date(YEAR, 2, 1))
    game_out("Sur Switch 2", date(YEAR, 2, 2), platform="switch-2")
    page = page_soup(client, f"{URL}?plateforme=switch-2")
    assert [a.get_text() for a in page.select(".release__title")] == ["Sur Switch 2"]
    assert page.select_one('.platform-filter [aria-current="page"]').get_text() == (
        "Nintendo Switch 2"
    )


@pytest.mark.parametrize(
    "value", ["ps6", "<script>", "PC", "pc' OR 1=1", "%00", "x" * 5000, "pc\u200b"]
)
def test_an_unknown_platform_is_not_found(client, home_page, value):
    assert client.get(URL, {"plateforme": value}).status_code == 404


def test_an_empty_platform_lists_every_platform(client, home_page):
    game_out("Sur PC", date(YEAR, 2, 1))
    assert client.get(URL, {"plateforme": ""}).status_code == 200
    assert calendar(client, f"{URL}?plateforme=") == [(f"Février {YEAR}", ["Sur PC"])]


def test_the_calendar_is_public_and_tagged(client, home_page):
    response = client.get(URL)
    assert "public" in response["Cache-Control"]
    assert {RELEASES, "site"} <= set(response["X-Cache-Tags"].split())


def test_a_game_change_purges_the_calendar_and_shows_at_once(client, home_page):
    game = game_out("Repoussé", date(YEAR, 2, 1))
    assert RELEASES in game.purged_tags()
    assert calendar(client) == [(f"Février {YEAR}", ["Repoussé"])]
    release = game.releases.get()
    release.release_date = date(YEAR, 7, 1)
    release.precision = "quarter"
    release.save()
    game.save()
    assert calendar(client) == [(f"T3 {YEAR}", ["Repoussé"])]


def cold_query_count(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_calendar_queries_do_not_grow_with_games(client, home_page):
    for day in range(5):
        game_out(f"Peu {day}", date(YEAR, 2, 1) + timedelta(days=day))
    few = cold_query_count(client, URL)
    for day in range(95):
        game_out(f"Beaucoup {day}", date(YEAR, 3, 1) + timedelta(days=day), "day", "ps5")
    assert cold_query_count(client, URL) == few
    assert len(page_soup(client, URL).select(".release")) == 100
    assert cold_query_count(client, f"{URL}?plateforme=ps5") == few


@pytest.mark.parametrize("where", ["home", "article", "calendar"])
def test_every_page_footer_leads_to_the_calendar(client, category, where):
    game_out("Bientôt", date(YEAR, 2, 1))
    url = {
        "home": "/",
        "article": ArticlePageFactory(parent=category).url,
        "calendar": URL,
    }[where]
    nav = page_soup(client, url).select_one('footer nav[aria-label="Explorer le magazine"]')
    link = nav.find("a", string="Calendrier des sorties")
    assert calendar(client, link["href"]) == [(f"Février {YEAR}", ["Bientôt"])]
