"""The article editor chooses authors in French sentences: « Choisir un auteur »."""

import json

from django.http import HttpResponse

from bs4 import BeautifulSoup

from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import soup


def modal(response: HttpResponse) -> BeautifulSoup:
    return BeautifulSoup(json.loads(response.content)["html"], "html.parser")


def test_the_new_article_offers_to_choose_an_author(admin_client, category):
    html = soup(admin_client.get(f"/admin/pages/add/articles/articlepage/{category.pk}/"))
    text = html.select_one("main").get_text(" ", strip=True)
    assert "Choisir un auteur" in text
    assert "Choisir auteur" not in text


def test_a_signed_article_offers_another_author(admin_client, category):
    article = ArticlePageFactory(parent=category, authors=[AuthorFactory(name="Léa Roux")])
    text = soup(admin_client.get(f"/admin/pages/{article.pk}/edit/")).get_text(" ", strip=True)
    assert "Choisir un autre auteur" in text
    assert "Modifier cet auteur" in text


def test_the_author_chooser_lists_names(admin_client, db):
    AuthorFactory(name="Léa Roux")
    html = modal(admin_client.get("/admin/snippets/choose/authors/author/"))
    assert html.select_one("h1").get_text(" ", strip=True) == "Choisir un auteur"
    assert [th.get_text(strip=True) for th in html.select("table th")] == ["Nom"]
    assert [a.get_text(strip=True) for a in html.select("table td a")] == ["Léa Roux"]


def test_the_author_chooser_names_its_column_in_search_results(admin_client, db):
    AuthorFactory(name="Léa Roux")
    response = admin_client.get("/admin/snippets/choose/authors/author/results/", {"q": "Léa"})
    html = BeautifulSoup(response.content, "html.parser")
    assert [th.get_text(strip=True) for th in html.select("table th")] == ["Nom"]
