"""What a reader gets on a category page: its articles, newest first, 12 per page."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.pages import ArticlePageFactory
from tests.support.html import page_soup, soup


def titles(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".card-grid .card__title a")]


def articles_in(category, count: int) -> list:
    now = timezone.now()
    return [
        ArticlePageFactory(
            parent=category, title=f"Article {i:02d}", first_published_at=now - timedelta(days=i)
        )
        for i in range(count)
    ]


def test_category_shows_name_and_description(client, category):
    soup = page_soup(client, category.url)
    assert soup.h1.get_text(strip=True) == "Jeux vidéo"
    assert "Une rubrique du magazine." in soup.select_one(".listing-header").get_text()


def test_articles_are_listed_newest_first(client, category):
    articles_in(category, 3)
    assert titles(client.get(category.url)) == ["Article 00", "Article 01", "Article 02"]


def test_drafts_and_private_articles_are_not_listed(client, category):
    ArticlePageFactory(parent=category, title="Brouillon", live=False)
    private = ArticlePageFactory(parent=category, title="Privé")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    ArticlePageFactory(parent=category, title="Publié")
    assert titles(client.get(category.url)) == ["Publié"]


def test_twelve_articles_per_page(client, category):
    articles_in(category, 14)
    assert len(titles(client.get(category.url))) == 12
    assert titles(client.get(category.url + "?page=2")) == ["Article 12", "Article 13"]


def test_featured_article_is_shown_first(client, category):
    first, featured = articles_in(category, 2)
    category.featured_article = featured
    category.save_revision().publish()
    soup = page_soup(client, category.url)
    assert soup.select_one(".featured .card__title").get_text(strip=True) == featured.title


def test_unpublished_featured_article_is_not_shown(client, category):
    (featured,) = articles_in(category, 1)
    category.featured_article = featured
    category.save_revision().publish()
    featured.unpublish()
    soup = page_soup(client, category.url)
    assert soup.select_one(".featured") is None


def test_featured_article_is_not_listed_a_second_time(client, category):
    articles = articles_in(category, 14)
    category.featured_article = articles[5]
    category.save_revision().publish()
    first_page = page_soup(client, category.url)
    assert first_page.select_one(".featured .card__title").get_text(strip=True) == "Article 05"
    listed = titles(client.get(category.url)) + titles(client.get(category.url + "?page=2"))
    assert "Article 05" not in listed
    assert len(listed) == 13


def test_view_restricted_featured_article_is_not_shown(client, category):
    first, featured = articles_in(category, 2)
    category.featured_article = featured
    category.save_revision().publish()
    PageViewRestriction.objects.create(page=featured, restriction_type="password", password="x")
    page = page_soup(client, category.url)
    assert page.select_one(".featured") is None
    assert titles(client.get(category.url)) == [first.title]


@pytest.mark.parametrize(
    "query", ["page=abc", "page=0", "page=-1", "page=", "page=1e9", "page=%00", "page=²", "page"]
)
def test_odd_page_values_give_the_first_page(client, category, query):
    articles_in(category, 14)
    response = client.get(f"{category.url}?{query}")
    assert response.status_code == 200
    assert titles(response)[0] == "Article 00"


@pytest.mark.parametrize("query", ["page=3", "page=1000000000", "page=99999999999999999999"])
def test_pages_past_the_end_are_not_found(client, category, query):
    articles_in(category, 14)
    response = client.get(f"{category.url}?{query}")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_repeated_page_parameter_uses_the_last_one(client, category):
    articles_in(category, 14)
    response = client.get(f"{category.url}?page=1&page=2")
    assert titles(response) == ["Article 12", "Article 13"]


def test_empty_category_says_so(client, category):
    assert "Aucun article publié" in client.get(category.url).content.decode()


def test_a_featured_article_alone_is_not_called_an_empty_category(client, category):
    (featured,) = articles_in(category, 1)
    category.featured_article = featured
    category.save_revision().publish()
    page = page_soup(client, category.url)
    assert page.select_one(".featured .card__title").get_text(strip=True) == featured.title
    assert "Aucun article publié" not in page.get_text()
