"""The articles the search pages show: matches for a query, suggestions, and the latest ones."""

from django.db.models import F
from django.http import HttpRequest

from modelsearch.backends.base import BaseSearchResults

from magazine.articles.categories import CategoryLink, attach_categories
from magazine.articles.models import ArticlePage
from magazine.articles.querysets import ArticlePageQuerySet

from .query import ReaderQuery


def searchable_articles() -> ArticlePageQuerySet:
    """Live, public articles as the search backend can filter them, without their bodies.

    Wagtail's `public()` (one query for the view restrictions) rather than the listings'
    `published()`: a search backend accepts only filters on indexed fields, not a subquery.
    """
    return ArticlePage.objects.live().public().defer_streamfields()


def matching_articles(
    query: ReaderQuery, category: CategoryLink | None = None
) -> BaseSearchResults:
    """Return the search results for `query`, best first, in `category` only if given."""
    articles = searchable_articles()
    if category is not None:
        articles = articles.filter(path__startswith=category.path)
    return articles.search(query.search_query())


def suggested_articles(query: ReaderQuery, limit: int) -> list[ArticlePage]:
    """Return up to `limit` articles whose title has words starting as the reader typed,
    newest first.

    Titles only: the autocomplete entry of an article also holds its standfirst, body, tags
    and authors' names, which the admin's searches read. On PostgreSQL the titles are matched
    in an index of their own (search/migrations/0002) and not ranked: a title seldom holds a
    word twice, so ranking told matching titles apart little, and cost a read of each one.
    """
    return list(
        searchable_articles()
        .order_by(F("first_published_at").desc(nulls_last=True), F("pk").desc())
        .autocomplete(
            query.autocomplete_text(), fields=["title"], operator="and", order_by_relevance=False
        )[:limit]
    )


def latest_articles(request: HttpRequest, count: int) -> list[ArticlePage]:
    """Return the newest live articles, ready for cards, with their categories attached."""
    return attach_categories(ArticlePage.objects.published().for_cards()[:count], request)
