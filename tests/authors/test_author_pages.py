"""Author pages at /auteurs/<slug>/: bio, photo and the author's live articles."""

from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import card_titles, soup


def test_author_page_shows_the_name_bio_and_photo(client, home_page):
    author = AuthorFactory(name="Léa Martin", slug="lea-martin", bio="Joue depuis 1989.")
    author.photo = ImageFactory()
    author.save()
    page = soup(client.get("/auteurs/lea-martin/"))
    assert page.h1.get_text() == "Léa Martin"
    assert "Joue depuis 1989." in page.select_one(".author-header__bio").text
    assert page.select_one(".author-header__photo img")["srcset"]


def test_author_page_lists_the_authors_live_articles_newest_first(client, category):
    author = AuthorFactory(slug="lea-martin")
    older = ArticlePageFactory(parent=category, title="Un ancien article", authors=[author])
    newer = ArticlePageFactory(parent=category, title="Un nouvel article", authors=[author])
    older.first_published_at = newer.first_published_at.replace(year=2020)
    older.save()
    ArticlePageFactory(parent=category, title="Un brouillon", live=False, authors=[author])
    ArticlePageFactory(parent=category, title="L'article d'une autre", authors=[AuthorFactory()])
    page = soup(client.get("/auteurs/lea-martin/"))
    assert card_titles(page) == ["Un nouvel article", "Un ancien article"]


def test_author_page_is_paginated(client, category):
    author = AuthorFactory(slug="lea-martin")
    for number in range(14):
        ArticlePageFactory(parent=category, title=f"Article {number}", authors=[author])
    first = soup(client.get("/auteurs/lea-martin/"))
    second = soup(client.get("/auteurs/lea-martin/", {"page": 2}))
    assert (len(card_titles(first)), len(card_titles(second))) == (12, 2)
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"
    assert client.get("/auteurs/lea-martin/", {"page": 3}).status_code == 404


def test_author_without_articles_has_a_page_saying_so(client, home_page):
    AuthorFactory(slug="lea-martin")
    response = client.get("/auteurs/lea-martin/")
    assert response.status_code == 200
    assert "Aucun article publié" in response.content.decode()


def test_unknown_author_is_the_styled_404(client, home_page):
    response = client.get("/auteurs/personne/")
    assert response.status_code == 404
    assert soup(response).h1.get_text() == "Page introuvable"


def test_byline_links_each_author_to_their_page(client, category):
    authors = [
        AuthorFactory(name="Léa Martin", slug="lea-martin"),
        AuthorFactory(name="Sam Roy", slug="sam-roy"),
    ]
    article = ArticlePageFactory(parent=category, authors=authors)
    links = soup(client.get(article.url)).select(".byline a.byline__author")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Léa Martin", "/auteurs/lea-martin/"),
        ("Sam Roy", "/auteurs/sam-roy/"),
    ]
