"""French search on PostgreSQL: accents, case, plurals, weights, filters and pages."""

import pytest

from tests.factories.pages import ArticlePageFactory
from tests.support.search import article, result_titles

pytestmark = pytest.mark.usefixtures("postgresql")


def test_a_word_typed_without_accents_finds_it_with_accents(client, category):
    article(category, "Écrans OLED : le grand comparatif")
    assert result_titles(client, q="ecran") == ["Écrans OLED : le grand comparatif"]


def test_a_singular_without_accents_finds_the_accented_plural_in_the_body(client, category):
    article(category, "Le métier change", text="Les développeurs écrivent moins de code.")
    assert result_titles(client, q="developpeur") == ["Le métier change"]


def test_capitals_find_lower_case_plurals(client, category):
    article(category, "La vie privée", standfirst="Ce que les réseaux savent de vous.")
    assert result_titles(client, q="RESEAU") == ["La vie privée"]


def test_an_accented_query_finds_the_unaccented_spelling(client, category):
    article(category, "Le top des ecrans", text="Un texte tape sans accents.")
    assert result_titles(client, q="écrans") == ["Le top des ecrans"]


def test_jeu_finds_jeux(client, category):
    article(category, "Dix jeux à attendre")
    assert result_titles(client, q="jeu") == ["Dix jeux à attendre"]


def test_jeux_finds_jeu(client, category):
    article(category, "Le jeu de l'année")
    assert result_titles(client, q="jeux") == ["Le jeu de l'année"]


def test_every_word_must_be_in_the_article(client, category):
    article(category, "Claviers mécaniques", text="Des switchs rouges et bleus.")
    article(category, "Souris sans fil", text="Des capteurs précis.")
    assert result_titles(client, q="clavier switch") == ["Claviers mécaniques"]


def test_stop_words_alone_find_nothing(client, category):
    article(category, "Le jeu de la semaine")
    assert result_titles(client, q="le la de") == []


def test_title_ranks_above_standfirst_above_body(client, category):
    article(category, "Une semaine de tests", text="Nous avons branché le casque partout.")
    article(category, "Le casque du mois")
    article(category, "Audio : nos essais", standfirst="Un casque étonnant pour son prix.")
    assert result_titles(client, q="casque") == [
        "Le casque du mois",
        "Audio : nos essais",
        "Une semaine de tests",
    ]


def test_a_title_match_outranks_repeated_body_mentions(client, category):
    article(
        category, "Bancs d'essai", text="Ce micro, ce micro encore, un micro et un autre micro."
    )
    article(category, "Un micro pour débuter")
    assert result_titles(client, q="micro")[0] == "Un micro pour débuter"


def test_tags_are_searched(client, category):
    tagged = article(category, "Une sortie attendue")
    tagged.tags.add("Rétrogaming")
    tagged.save_revision().publish()
    assert result_titles(client, q="retrogaming") == ["Une sortie attendue"]


def test_category_filter_keeps_only_that_category(client, category, other_category):
    article(category, "Manettes sans fil pour la console")
    article(other_category, "Manettes filaires pour le PC")
    assert result_titles(client, q="manette", categorie="materiel") == [
        "Manettes filaires pour le PC"
    ]
    assert len(result_titles(client, q="manette")) == 2


def test_results_come_ten_a_page(client, category):
    for number in range(12):
        ArticlePageFactory(parent=category, title=f"Routeur numéro {number}")
    first, second = result_titles(client, q="routeur"), result_titles(client, q="routeur", page=2)
    assert (len(first), len(second)) == (10, 2)
    assert not set(first) & set(second)


def test_a_page_past_the_last_is_not_found(client, category):
    article(category, "Routeur wifi")
    assert client.get("/recherche/", {"q": "routeur", "page": 2}).status_code == 404
