"""What a reader gets on /recherche/ and from the suggestions behind the search box.

Queries use the words as written, so these tests hold on SQLite too.
"""

from django.utils import timezone

import pytest

from tests.factories.pages import ArticlePageFactory
from tests.support.html import program_scripts, soup
from tests.support.search import article, result_titles


def test_results_are_the_first_article_links_in_main(client, category):
    article(category, "Casques audio sans fil")
    main = soup(client.get("/recherche/", {"q": "casques"})).main
    article_links = [a for a in main.find_all("a") if a["href"].startswith("/jeux-video/")]
    first = article_links[0]
    assert first.get_text(strip=True) == "Casques audio sans fil"
    assert first.find_parent("ol", class_="search-results") is not None


def test_each_result_shows_its_title_link_category_date_and_standfirst(client, category):
    found = article(category, "Casques audio sans fil", standfirst="Six modèles à l'essai.")
    result = soup(client.get("/recherche/", {"q": "casques"})).select_one(".search-result")
    link = result.select_one(".search-result__title a")
    assert (link.get_text(), link["href"]) == ("Casques audio sans fil", found.url)
    assert result.select_one(".search-result__category").get_text() == "Jeux vidéo"
    assert result.time["datetime"] == timezone.localtime(found.first_published_at).isoformat()
    assert result.select_one(".search-result__standfirst").get_text() == "Six modèles à l'essai."


def test_the_number_of_results_is_shown(client, category):
    for number in range(3):
        ArticlePageFactory(parent=category, title=f"Casques numéro {number}")
    count = soup(client.get("/recherche/", {"q": "casques"})).select_one(".search-count")
    assert count.get_text(strip=True) == "3 articles trouvés pour « casques »"


def test_the_number_counts_every_page_not_only_the_first(client, category):
    for number in range(13):
        ArticlePageFactory(parent=category, title=f"Casques numéro {number}")
    response = client.get("/recherche/", {"q": "casques"})
    assert soup(response).select_one(".search-count").get_text().startswith("13 articles")
    assert len(soup(response).select(".search-result")) == 10


def test_the_category_filter_keeps_the_query(client, category, other_category):
    for number in range(11):
        ArticlePageFactory(parent=other_category, title=f"Casques numéro {number}")
    page = soup(client.get("/recherche/", {"q": "casques", "categorie": "materiel"}))
    assert page.select_one("#search-q")["value"] == "casques"
    assert page.select_one("#search-categorie option[selected]")["value"] == "materiel"
    assert page.select_one(".pagination a[rel=next]")["href"] == (
        "?q=casques&categorie=materiel&page=2"
    )


def test_the_category_menu_of_the_form_lists_the_site_categories(client, category, other_category):
    options = soup(client.get("/recherche/", {"q": "x"})).select("#search-categorie option")
    assert [option["value"] for option in options] == ["", "jeux-video", "materiel"]


def test_no_match_gives_a_french_message_and_the_latest_articles(client, category):
    article(category, "Casques audio sans fil")
    page = soup(client.get("/recherche/", {"q": "zeppelin"}))
    assert "Aucun article ne correspond à « zeppelin »" in page.select_one(".search-message").text
    assert [a.get_text(strip=True) for a in page.select(".card__title a")] == [
        "Casques audio sans fil"
    ]
    assert page.select(".search-result") == []


def test_an_empty_query_invites_the_reader_to_type(client, category):
    page = soup(client.get("/recherche/"))
    assert "Tapez un ou plusieurs mots" in page.select_one(".search-message").text


def test_search_pages_ask_search_engines_not_to_index_them(client, home_page):
    robots = soup(client.get("/recherche/", {"q": "casques"})).select_one("meta[name=robots]")
    assert robots["content"] == "noindex, follow"


@pytest.mark.parametrize("path", ["/", "/jeux-video/", "/recherche/?q=casques"])
def test_every_page_has_the_search_box_in_its_header(client, category, path):
    form = soup(client.get(path)).select_one("header.site-header form[role=search]")
    assert form["action"] == "/recherche/"
    assert form.select_one("input[type=search]")["name"] == "q"


def test_an_article_page_has_the_search_box_in_its_header(client, category):
    found = article(category, "Casques audio sans fil")
    assert soup(client.get(found.url)).select_one("header.site-header input[name=q]")


def test_the_suggestion_script_is_a_deferred_static_file(client, home_page):
    page = soup(client.get("/"))
    script = page.select_one("script[src$='search-suggestions.js']")
    assert script.has_attr("defer")
    assert all(tag.has_attr("src") for tag in program_scripts(page))


def test_search_pages_have_no_inline_script_or_style(client, category):
    article(category, "Casques audio sans fil")
    for params in ({"q": "casques"}, {"q": "zeppelin"}, {}):
        page = soup(client.get("/recherche/", params))
        assert page.find_all(style=True) == [] and page.find_all("style") == []
        assert all(script.has_attr("src") for script in page.find_all("script"))


def test_suggestions_give_titles_and_urls_as_json(client, category):
    found = article(category, "Casques audio sans fil")
    response = client.get("/recherche/suggestions/", {"q": "casq"})
    assert response["Content-Type"] == "application/json"
    assert response.json()["suggestions"] == [{"title": found.title, "url": found.url}]


def test_suggestions_look_at_titles_only(client, category):
    article(category, "Souris sans fil", standfirst="Casques inclus.", text="Des casques aussi.")
    found = article(category, "Casques audio sans fil")
    suggested = client.get("/recherche/suggestions/", {"q": "casq"}).json()["suggestions"]
    assert [suggestion["title"] for suggestion in suggested] == [found.title]


def test_suggestions_come_newest_first(client, category):
    older = article(category, "Casques audio : les modèles de 2020")
    older.first_published_at = older.first_published_at.replace(year=2020)
    older.save()
    article(category, "Casques audio : les nouveautés")
    suggested = client.get("/recherche/suggestions/", {"q": "casques"}).json()["suggestions"]
    assert [suggestion["title"] for suggestion in suggested] == [
        "Casques audio : les nouveautés",
        "Casques audio : les modèles de 2020",
    ]


def test_suggestions_ignore_drafts(client, category):
    article(category, "Casques audio sans fil", live=False)
    assert client.get("/recherche/suggestions/", {"q": "casq"}).json()["suggestions"] == []


def test_suggestions_ignore_letters_too_few_to_help(client, category):
    article(category, "Casques audio sans fil")
    assert client.get("/recherche/suggestions/", {"q": "c"}).json()["suggestions"] == []


def test_suggestions_are_accent_insensitive(client, category):
    article(category, "Écrans OLED : le grand comparatif")
    titles = [
        s["title"]
        for s in client.get("/recherche/suggestions/", {"q": "ecr"}).json()["suggestions"]
    ]
    assert titles == ["Écrans OLED : le grand comparatif"]


def test_titles_are_found_as_typed(client, category):
    article(category, "Casques audio sans fil")
    assert result_titles(client, q="CASQUES Audio") == ["Casques audio sans fil"]
