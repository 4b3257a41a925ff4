"""The results, author and tag pages make a fixed number of queries, whatever they list."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.queries import warm_query_count
from tests.support.search import new_search_query_count

# The budgets each page declares, for a warm request (renditions and categories cached).
# A search the cache lacks: on PostgreSQL each search query (the count, the page of results)
# runs in a savepoint that sets its planner settings (search/backend.py): four statements
# around it in a test, one SET in production; it also reads the articles promoted for its
# query (one query), and on its first page the games and products it finds (one query,
# search/catalogue.py). Asked again within SEARCH_TIMEOUT, none (search/results.py).
SEARCH_PAGE_QUERIES = 13
REPEATED_SEARCH_QUERIES = 0
NO_RESULTS_PAGE_QUERIES = 12
SUGGESTIONS_QUERIES = 7
AUTHOR_PAGE_QUERIES = 0
TAG_PAGE_QUERIES = 0


def articles(parent, count: int, title: str, author=None, tag: str = "") -> None:
    """`count` live articles sharing a hero image, signed, and tagged when asked."""
    picture = ImageFactory()
    for number in range(count):
        ArticlePageFactory(
            parent=parent,
            title=f"{title} {number}",
            hero_image=picture,
            authors=[author or AuthorFactory()],
            tags=[tag] if tag else [],
        )


@pytest.mark.parametrize("url", ["/recherche/?q=casques", "/recherche/?q=casques&page=2"])
def test_search_queries_do_not_grow_with_results(client, category, url):
    # Enough for a second page; the first also looks for games and products (catalogue.py).
    articles(category, 12, "Casques")
    few = new_search_query_count(client, url)
    articles(category, 20, "Casques")
    assert new_search_query_count(client, url) == few
    assert 0 < few <= SEARCH_PAGE_QUERIES
    assert warm_query_count(client, url) == REPEATED_SEARCH_QUERIES


def test_search_with_a_category_filter_costs_the_same(client, category):
    articles(category, 3, "Casques")
    unfiltered = new_search_query_count(client, "/recherche/?q=casques")
    filtered = new_search_query_count(client, "/recherche/?q=casques&categorie=jeux-video")
    assert filtered == unfiltered


def test_promoted_articles_cost_no_query_of_their_own(client, category):
    articles(category, 4, "Casques")
    none = new_search_query_count(client, "/recherche/?q=casques")
    query = Query.get("casques")
    for order, article in enumerate(ArticlePage.objects.order_by("pk")[:2]):
        SearchPromotion.objects.create(query=query, page=article, sort_order=order)
    articles(category, 3, "Écouteurs")
    for order, article in enumerate(ArticlePage.objects.filter(title__startswith="Écouteurs")):
        SearchPromotion.objects.create(query=query, page=article, sort_order=order + 2)
    assert new_search_query_count(client, "/recherche/?q=casques") == none


def test_a_search_without_results_has_a_fixed_budget_too(client, category):
    articles(category, 2, "Casques")
    few = new_search_query_count(client, "/recherche/?q=zeppelin")
    articles(category, 10, "Casques")
    assert new_search_query_count(client, "/recherche/?q=zeppelin") == few
    assert few <= NO_RESULTS_PAGE_QUERIES


def test_suggestions_queries_do_not_grow_with_matches(client, category):
    articles(category, 1, "Casques")
    one = warm_query_count(client, "/recherche/suggestions/?q=casq")
    articles(category, 10, "Casques")
    assert warm_query_count(client, "/recherche/suggestions/?q=casq") == one
    assert one <= SUGGESTIONS_QUERIES


def test_author_page_queries_do_not_grow_with_articles(client, category):
    author = AuthorFactory(slug="lea-martin", photo=ImageFactory())
    articles(category, 2, "Article", author=author)
    few = warm_query_count(client, "/auteurs/lea-martin/")
    articles(category, 12, "Article", author=author)
    assert warm_query_count(client, "/auteurs/lea-martin/") == few
    assert warm_query_count(client, "/auteurs/lea-martin/?page=2") == few
    assert few <= AUTHOR_PAGE_QUERIES


def test_tag_page_queries_do_not_grow_with_articles(client, category):
    articles(category, 2, "Article", tag="Nintendo")
    few = warm_query_count(client, "/tags/nintendo/")
    articles(category, 12, "Article", tag="Nintendo")
    assert warm_query_count(client, "/tags/nintendo/") == few
    assert warm_query_count(client, "/tags/nintendo/?page=2") == few
    assert few <= TAG_PAGE_QUERIES
