"""Every public page tells search engines and social networks what it is about."""

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from magazine.articles.models import ArticlePageAuthor
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory


def description(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status
    tags = BeautifulSoup(response.content, "html.parser").select('meta[name="description"]')
    assert len(tags) == 1, url
    return tags[0]["content"]


@pytest.fixture
def article(category):
    article = ArticlePageFactory(parent=category, standfirst="Le chapô de l'article.")
    article.tags.add("Consoles")
    article.save_revision().publish()
    return article


def test_home_page_describes_the_magazine(client, home_page):
    home_page.introduction = "Le magazine de la tech et du jeu vidéo."
    home_page.save_revision().publish()
    assert description(client, home_page.url) == "Le magazine de la tech et du jeu vidéo."


def test_home_page_without_introduction_has_the_site_tagline(client, home_page):
    assert "tech et du jeu vidéo" in description(client, home_page.url)


def test_category_is_described_by_its_description(client, category):
    assert description(client, category.url) == "Une rubrique du magazine."


def test_category_without_description_still_has_one(client, category):
    category.description = ""
    category.save_revision().publish()
    assert description(client, category.url)


def test_article_is_described_by_its_standfirst(client, article):
    assert description(client, article.url) == "Le chapô de l'article."


def test_promote_tab_description_wins(client, article):
    article.search_description = "Pour les moteurs de recherche."
    article.save_revision().publish()
    assert description(client, article.url) == "Pour les moteurs de recherche."


def test_author_page_has_a_description(client, article):
    author = AuthorFactory(name="Léa Roux", bio="")
    ArticlePageAuthor.objects.create(page=article, author=author, sort_order=0)
    url = reverse("authors:detail", args=[author.slug])
    assert "Léa Roux" in description(client, url)


def test_tag_page_has_a_description(client, article):
    assert "Consoles" in description(client, reverse("tags:detail", args=["consoles"]))


def test_search_page_has_a_description(client, home_page):
    assert description(client, reverse("search:results") + "?q=console")


def test_not_found_page_has_a_description(client, home_page):
    assert description(client, "/nulle-part/", status=404)
