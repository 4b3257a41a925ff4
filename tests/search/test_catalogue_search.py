"""Search knows games and products: their hubs above the articles, a title typed exactly
first; test articles show their score among the results."""

import pytest

from magazine.articles import stream_data as b
from tests.factories.pages import ArticlePageFactory
from tests.factories.reviews import GameFactory, ProductFactory, scale_with_labels
from tests.reviews.conftest import review_body
from tests.support.html import page_soup

SEARCH = "/recherche/"


def catalogue(client, text: str) -> list[str]:
    page = page_soup(client, f"{SEARCH}?q={text}")
    return [a.get_text() for a in page.select(".catalogue-result a")]


@pytest.mark.django_db
def test_a_game_hub_comes_first_for_its_exact_title(client, home_page):
    GameFactory(title="Boulevard Néon", slug="boulevard-neon")
    GameFactory(title="Néon Boulevard : l'édition nocturne", slug="neon-nocturne")
    GameFactory(title="Néon Boulevard", slug="neon-boulevard")
    assert catalogue(client, "neon boulevard") == [
        "Néon Boulevard",
        "Néon Boulevard : l'édition nocturne",
        "Boulevard Néon",
    ]
    page = page_soup(client, f"{SEARCH}?q=Néon Boulevard")
    assert page.select_one(".catalogue-result a")["href"] == "/jeux/neon-boulevard/"


@pytest.mark.django_db
def test_a_product_is_found_by_brand_and_name(client, home_page):
    ProductFactory(brand="Lumen", name="Aster 3", slug="lumen-aster-3")
    assert catalogue(client, "aster") == ["Lumen Aster 3"]


@pytest.mark.django_db
def test_a_search_matching_no_game_shows_no_catalogue(client, category):
    ArticlePageFactory(parent=category, title="Les consoles portables")
    page = page_soup(client, f"{SEARCH}?q=consoles")
    assert page.select_one(".catalogue-results") is None
    assert page.select(".search-result")


@pytest.mark.django_db
def test_a_test_shows_its_score_in_the_results(client, category):
    game, scale = GameFactory(), scale_with_labels()
    ArticlePageFactory(
        parent=category, title="Test des Brumes", body=review_body(game.pk, scale_id=scale.pk)
    )
    ArticlePageFactory(
        parent=category, title="Les Brumes racontées", body=b.body(b.paragraph("<p>Rien.</p>"))
    )
    results = page_soup(client, f"{SEARCH}?q=brumes").select(".search-result")
    scores = {result.h2.get_text(): result.select_one(".test-score data") for result in results}
    assert scores["Test des Brumes"]["value"] == "8.5"
    assert scores["Les Brumes racontées"] is None
