"""Series: an article is an episode with its own number in its series; it shows
« Épisode n sur m » with its neighbours; the series' page lists every episode in order, for
a fixed number of queries."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.factories.series import SeriesFactory
from tests.support.html import card_titles, page_soup
from tests.support.queries import warm_query_count

# The series named in the address; its listing's references and cards come from the cache.
SERIES_PAGE_QUERIES = 1


@pytest.fixture
def series(db):
    return SeriesFactory(title="Sécurité à la maison", slug="securite-a-la-maison")


def episode(category, series, number: int, days_ago: int = 0, **fields):
    when = timezone.now() - timedelta(days=days_ago)
    return ArticlePageFactory(
        parent=category,
        title=f"Épisode {number} de la série",
        series=series,
        episode=number,
        first_published_at=when,
        last_published_at=when,
        **fields,
    )


def test_an_episode_number_used_twice_in_a_series_is_refused(category, series):
    episode(category, series, 1)
    twin = ArticlePageFactory.build(title="Un doublon", series=series, episode=1)
    with pytest.raises(ValidationError) as error:
        twin.clean()
    assert error.value.message_dict["episode"] == [
        "L'épisode 1 de cette série est déjà « Épisode 1 de la série » : choisissez un autre "
        "numéro."
    ]


def test_the_same_number_in_another_series_is_fine(category, series):
    episode(category, series, 1)
    other = ArticlePageFactory.build(title="Ailleurs", series=SeriesFactory(), episode=1)
    other.clean()


def test_an_episode_keeps_its_own_number_when_saved_again(category, series):
    first = episode(category, series, 1)
    first.clean()


def test_an_episode_number_needs_a_series(category):
    article = ArticlePageFactory.build(title="Sans série", episode=2)
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert "series" in error.value.message_dict


def test_a_series_needs_an_episode_number(category, series):
    article = ArticlePageFactory.build(title="Sans numéro", series=series)
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert "episode" in error.value.message_dict


def test_an_episode_shows_its_place_and_its_neighbours(client, category, series):
    first, second, third = (episode(category, series, n, days_ago=10 - n) for n in (1, 2, 3))
    nav = page_soup(client, second.url).select_one(".article__header .series-nav")
    assert nav.p.get_text(" ", strip=True).startswith("Épisode 2 sur 3")
    assert nav.p.a["href"] == "/series/securite-a-la-maison/"
    assert nav.select_one('a[rel="prev"]')["href"] == first.url
    assert nav.select_one('a[rel="next"]')["href"] == third.url


def test_the_first_and_last_episodes_have_one_neighbour(client, category, series):
    first, _second, last = (episode(category, series, n) for n in (1, 2, 3))
    assert page_soup(client, first.url).select_one('.series-nav a[rel="prev"]') is None
    assert page_soup(client, last.url).select_one('.series-nav a[rel="next"]') is None


def test_drafts_are_neither_counted_nor_linked(client, category, series):
    first = episode(category, series, 1)
    episode(category, series, 2, never_published=True)
    nav = page_soup(client, first.url).select_one(".series-nav")
    assert nav.p.get_text(" ", strip=True).startswith("Épisode 1 sur 1")
    assert nav.select_one('a[rel="next"]') is None


def test_a_new_episode_shows_on_the_others_at_once(client, category, series):
    first = episode(category, series, 1)
    assert page_soup(client, first.url).select_one('.series-nav a[rel="next"]') is None
    second = episode(category, series, 2, never_published=True)
    second.save_revision().publish()
    assert f"series-{series.pk}" in second.listing_cache_tags()
    nav = page_soup(client, first.url).select_one(".series-nav")
    assert nav.select_one('a[rel="next"]')["href"] == second.url
    assert "sur 2" in nav.p.get_text()


def test_an_article_in_no_series_shows_no_navigation(client, category):
    article = ArticlePageFactory(parent=category)
    assert page_soup(client, article.url).select_one(".series-nav") is None


def test_the_series_page_lists_every_episode_in_order(client, category, series):
    # Published in the order of their numbers: the page follows the numbers, not the
    # newest first of other listings.
    for number in (1, 2, 3):
        episode(category, series, number, days_ago=10 - number)
    episode(category, series, 4, never_published=True)
    page = page_soup(client, "/series/securite-a-la-maison/")
    assert page.h1.get_text() == "Sécurité à la maison"
    assert card_titles(page) == [f"Épisode {n} de la série" for n in (1, 2, 3)]


def test_the_series_page_is_public_and_tagged(client, category, series):
    episode_page = episode(category, series, 1)
    response = client.get(series.get_absolute_url())
    assert "public" in response["Cache-Control"]
    tags = set(response["X-Cache-Tags"].split())
    assert {f"series-{series.pk}", f"p{episode_page.pk}", "site"} <= tags


@pytest.mark.parametrize("url", ["/series/inconnue/", "/series/%00/", "/series/<b>/"])
def test_an_unknown_series_is_not_found(client, home_page, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(("page", "status"), [("99", 404), ("x", 200), ("-1", 200)])
def test_any_page_number_is_a_page_or_not_found(client, category, series, page, status):
    episode(category, series, 1)
    assert client.get(series.get_absolute_url(), {"page": page}).status_code == status


def series_of(category, count: int):
    series = SeriesFactory()
    for number in range(1, count + 1):
        episode(category, series, number, days_ago=number, hero_image=ImageFactory())
    return series


def test_series_page_queries_do_not_grow_with_episodes(client, category):
    few, many = series_of(category, 3), series_of(category, 30)
    few_count = warm_query_count(client, few.get_absolute_url())
    assert warm_query_count(client, many.get_absolute_url()) == few_count
    assert few_count <= SERIES_PAGE_QUERIES
    assert len(card_titles(page_soup(client, many.get_absolute_url()))) == 30


def test_episode_queries_do_not_grow_with_the_series(client, category):
    few, many = series_of(category, 3), series_of(category, 30)
    [few_second] = [a for a in ArticlePage.objects.filter(series=few) if a.episode == 2]
    [many_second] = [a for a in ArticlePage.objects.filter(series=many) if a.episode == 2]
    assert warm_query_count(client, few_second.url) == warm_query_count(client, many_second.url)
