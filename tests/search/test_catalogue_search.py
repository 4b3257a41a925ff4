"""Search knows games and products: their hubs above the articles, found in the database
(with French stemming on PostgreSQL), a title typed exactly first, for one query whatever
their number; test articles show their score among the results."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from magazine.articles import stream_data as b
from tests.factories.pages import ArticlePageFactory
from tests.factories.reviews import GameFactory, ProductFactory, scale_with_labels
from tests.reviews.conftest import review_body
from tests.support.html import page_soup
from tests.support.search import new_search_query_count

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


def test_a_plural_finds_a_name_in_the_singular(client, postgresql, home_page):
    ProductFactory(brand="Sonore", name="Casque Nomade", slug="casque-nomade")
    GameFactory(title="Le Jeu du Phare", slug="jeu-du-phare")
    assert catalogue(client, "casques") == ["Sonore Casque Nomade"]
    assert catalogue(client, "jeux phares") == ["Le Jeu du Phare"]


def test_a_name_is_found_without_its_accents_and_ligatures(client, postgresql, home_page):
    GameFactory(title="L'Œuvre des Éclaireurs", slug="oeuvre-eclaireurs")
    assert catalogue(client, "oeuvre eclaireur") == ["L'Œuvre des Éclaireurs"]


def test_the_start_of_a_word_finds_a_name(client, postgresql, home_page):
    ProductFactory(brand="Lumen", name="Aster 3", slug="lumen-aster-3")
    assert catalogue(client, "lum ast") == ["Lumen Aster 3"]


@pytest.mark.django_db
def test_every_word_must_be_found_in_the_name(client, home_page):
    GameFactory(title="Néon Boulevard", slug="neon-boulevard")
    assert catalogue(client, "boulevard zeppelin") == []
    assert catalogue(client, "boulevard") == ["Néon Boulevard"]


@pytest.mark.django_db
def test_games_and_products_are_ranked_together(client, home_page):
    ProductFactory(brand="Orbite", name="Manette sans fil", slug="orbite-manette")
    GameFactory(title="Orbite", slug="orbite")
    GameFactory(title="Orbite : le retour", slug="orbite-le-retour")
    assert catalogue(client, "orbite") == [
        "Orbite",
        "Orbite : le retour",
        "Orbite Manette sans fil",
    ]


@pytest.mark.django_db
def test_a_renamed_game_is_found_by_its_new_name_at_once(client, home_page):
    game = GameFactory(title="Projet Phare", slug="projet-phare")
    assert catalogue(client, "phare") == ["Projet Phare"]
    game.title = "Lumière du Phare"
    game.save()
    assert catalogue(client, "phare") == ["Lumière du Phare"]


@pytest.mark.django_db
def test_finding_games_and_products_costs_the_same_whatever_their_number(client, home_page):
    for number in range(2):
        GameFactory(title=f"Orbite {number}")
        ProductFactory(brand="Orbite", name=f"Modèle {number}")
    few = new_search_query_count(client, f"{SEARCH}?q=orbite")
    for number in range(2, 40):
        GameFactory(title=f"Orbite {number}")
        ProductFactory(brand="Orbite", name=f"Modèle {number}")
    assert new_search_query_count(client, f"{SEARCH}?q=orbite") == few
    assert len(catalogue(client, "orbite")) == 4


def test_names_are_matched_in_their_indexes(client, postgresql, home_page):
    # search/migrations/0003 holds the expressions Django writes for the names' vectors; if
    # an upgrade writes them otherwise, PostgreSQL reads every name: re-create the indexes.
    GameFactory(title="Orbite", slug="orbite")
    ProductFactory(brand="Orbite", name="Manette", slug="orbite-manette")
    with CaptureQueriesContext(connection) as queries:
        assert catalogue(client, "orbite")
    [matching] = [query["sql"] for query in queries if "UNION ALL" in query["sql"]]
    with connection.cursor() as cursor:
        # Tiny tables are read whole whatever their indexes: leave the bitmap scans only.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {matching}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_game_title_words" in plan, plan
    assert "search_product_name_words" in plan, plan
