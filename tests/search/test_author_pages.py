"""Author pages at /auteurs/<slug>/: bio, photo and the author's live articles."""

from magazine.articles.models import ArticlePageAuthor
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory

from .conftest import soup


def signed(author, parent, **kwargs):
    """A live article signed by `author`."""
    article = ArticlePageFactory(parent=parent, **kwargs)
    ArticlePageAuthor.objects.create(page=article, author=author, sort_order=0)
    return article


def card_titles(page) -> list[str]:
    return [link.get_text(strip=True) for link in page.select(".card__title a")]


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
    older = signed(author, category, title="Un ancien article")
    newer = signed(author, category, title="Un nouvel article")
    older.first_published_at = newer.first_published_at.replace(year=2020)
    older.save()
    signed(author, category, title="Un brouillon", live=False)
    signed(AuthorFactory(), category, title="L'article d'une autre")
    page = soup(client.get("/auteurs/lea-martin/"))
    assert card_titles(page) == ["Un nouvel article", "Un ancien article"]


def test_author_page_is_paginated(client, category):
    author = AuthorFactory(slug="lea-martin")
    for number in range(14):
        signed(author, category, title=f"Article {number}")
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
    article = ArticlePageFactory(parent=category)
    for order, (name, slug) in enumerate([("Léa Martin", "lea-martin"), ("Sam Roy", "sam-roy")]):
        author = AuthorFactory(name=name, slug=slug)
        ArticlePageAuthor.objects.create(page=article, author=author, sort_order=order)
    links = soup(client.get(article.url)).select(".byline a.byline__author")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Léa Martin", "/auteurs/lea-martin/"),
        ("Sam Roy", "/auteurs/sam-roy/"),
    ]
