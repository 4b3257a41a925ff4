"""Hostile input: any `q` gives a results page (200), `page` and `categorie` never a 500.

Run on PostgreSQL with the whole suite, and on SQLite by `make test` (see
magazine/settings/test_sqlite.py).
"""

from django.db import transaction

from wagtail.models import Page, Site

import pytest

from search.query import MAX_QUERY_LENGTH
from tests.factories.pages import CategoryPageFactory, HomePageFactory
from tests.factories.reviews import GameFactory, ProductFactory
from tests.support.html import soup
from tests.support.search import article

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "",
    "   ",
    "\t\n\r",
    "\x00",
    "jeux\x00vidéo",
    "\x01\x02\x1b[31m\x7f",
    '"',
    '"jeux vidéo',
    "jeux\"\"\"'''",
    "'",
    "\\",
    "\\'; DROP TABLE wagtailcore_page; --",
    "jeux & consoles",
    "jeux | consoles",
    "!jeux",
    "jeux:*",
    "jeux:A",
    "(jeux",
    "jeux)",
    "((jeux))) & !(",
    "jeux <-> consoles",
    "jeux <2> consoles",
    "*",
    "-jeux",
    "--",
    "NEAR",
    "NEAR(jeux consoles, 2)",
    "jeux AND consoles",
    "jeux OR",
    "NOT jeux",
    "AND OR NOT",
    "title:jeux",
    "{title body}: jeux",
    "^jeux",
    "jeux +consoles",
    "%",
    "%s %d %%",
    "_",
    "a" * 10_000,
    "jeu " * 2_500,
    "🎮",
    "jeux 🎮 vidéo 👾",
    "👨‍👩‍👧‍👦",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202ejeux\u202c",
    "\u200f\u200e\u200b",
    "\ufeffjeux",
    "\ufffd",
    "ⅰⅱⅲ",
    "e\u0301cran",
    "Z̤̺̦̤̰̠̞̃̓̓̎ͤ͒a̮̩̞͎̦̘̮l̖̯̞̲̤͓ͬͥ͋ͥ̋g̞̠̲̮̹̖̗ͯ̄̋ͭ́o",
    "<script>alert(1)</script>",
    "{{ settings }}",
    "../../etc/passwd",
    "0",
    "-1",
    "1e9",
    "NaN",
]


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """A site with two categories and a few articles, so that every query reaches the backend.

    Built once for the module inside a transaction rolled back at its end (each test runs in
    a savepoint of it): the many parametrized cases stay fast.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        home = HomePageFactory(parent=Page.get_first_root_node())
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )
        category = CategoryPageFactory(parent=home, title="Jeux vidéo", slug="jeux-video")
        CategoryPageFactory(parent=home, title="Matériel", slug="materiel")
        article(category, "Jeux vidéo : dix sorties", text="Les consoles et le PC.")
        article(category, "Écran NEAR AND OR NOT", text="Des mots réservés dans un titre.")
        # Games and products too: every query with a word reaches their search as well.
        GameFactory(title="Jeux d'hiver : NEAR AND OR NOT", slug="jeux-d-hiver")
        ProductFactory(brand="Écran", name="AND 27 pouces", slug="ecran-and-27")
        yield
        transaction.set_rollback(True)


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_query_gives_a_results_page(client, corpus, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "Recherche"
    assert "Traceback" not in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "jeux:*",
        "!jeux & hiver",
        "((jeux))) & !(",
        "jeux <-> hiver",
        "'jeux' OR",
        "jeux\x00 hiver\x1b",
        "\\jeux%_",
        "JEUX d'HIVER : near and or not",
    ],
)
def test_hostile_query_finds_the_game_by_its_words(client, corpus, query):
    page = soup(client.get("/recherche/", {"q": query}))
    games = [link.get_text() for link in page.select(".catalogue-result a")]
    assert games[0] == "Jeux d'hiver : NEAR AND OR NOT"


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_query_gives_json_suggestions(client, corpus, query):
    response = client.get("/recherche/suggestions/", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_hostile_query_is_shown_back_escaped(client, corpus):
    response = client.get("/recherche/", {"q": "<script>alert(1)</script>"})
    assert b"<script>alert" not in response.content
    assert soup(response).select_one("#search-q")["value"] == "<script>alert(1)</script>"


def test_hostile_long_query_is_shortened_with_a_note(client, corpus):
    page = soup(client.get("/recherche/", {"q": "jeux " * 2_000}))
    assert len(page.select_one("#search-q")["value"]) <= MAX_QUERY_LENGTH
    assert "trop longue" in page.select_one(".search-note").text


def test_hostile_control_characters_are_removed_with_a_note(client, corpus):
    page = soup(client.get("/recherche/", {"q": "jeux\x00\x1b"}))
    assert page.select_one("#search-q")["value"] == "jeux"
    assert "retirés" in page.select_one(".search-note").text
    assert page.select(".search-result")


def test_hostile_query_without_words_says_so(client, corpus):
    page = soup(client.get("/recherche/", {"q": "&|!:*()"}))
    assert "aucun mot" in page.select_one(".search-message").text


def test_hostile_invalid_utf8_gives_a_results_page(client, corpus):
    assert client.get("/recherche/?q=%FF%FEjeux%C3").status_code == 200
    assert client.get("/recherche/suggestions/?q=%FF%FE%C3").status_code == 200


def test_hostile_repeated_parameters_use_the_last_value(client, corpus):
    response = client.get(
        "/recherche/", {"q": ["zeppelin", "jeux"], "page": ["x", "1"], "categorie": ["a", ""]}
    )
    assert response.status_code == 200
    assert soup(response).select_one("#search-q")["value"] == "jeux"


@pytest.mark.parametrize("page", ["abc", "0", "-1", "1e9", "", " ", "1.5", "١", "0x1", "\x00"])
def test_hostile_page_values_give_the_first_page(client, corpus, page):
    response = client.get("/recherche/", {"q": "jeux", "page": page})
    assert response.status_code == 200
    assert soup(response).select(".search-result")


@pytest.mark.parametrize("page", ["2", "1000000000", "9" * 40])
def test_hostile_page_past_the_end_is_not_found(client, corpus, page):
    assert client.get("/recherche/", {"q": "jeux", "page": page}).status_code == 404


@pytest.mark.parametrize("page", ["abc", "9" * 40])
def test_hostile_page_without_a_query_is_still_a_results_page(client, corpus, page):
    assert client.get("/recherche/", {"page": page}).status_code == 200


@pytest.mark.parametrize("slug", ["inconnue", "'", "\x00", "../materiel", "a" * 5_000, "🎮"])
def test_hostile_unknown_category_searches_everywhere_with_a_note(client, corpus, slug):
    response = client.get("/recherche/", {"q": "jeux", "categorie": slug})
    assert response.status_code == 200
    page = soup(response)
    assert "Cette rubrique n'existe pas" in page.select_one(".search-note").text
    assert page.select(".search-result")


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_hostile_methods_other_than_get_are_refused(client, corpus, method):
    assert getattr(client, method)("/recherche/").status_code == 405
