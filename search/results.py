"""The articles the search pages show: matches for a query, suggestions, and the latest ones."""

import hashlib
from functools import cache

from django.core.paginator import Page
from django.db.models import F
from django.http import HttpRequest

from modelsearch.backends.base import BaseSearchResults
from wagtail.search.utils import normalise_query_string

from magazine.articles.cards import card_refs, in_order
from magazine.articles.categories import CategoryLink, attach_categories
from magazine.articles.models import ArticlePage
from magazine.articles.pagination import ListingPaginator
from magazine.articles.querysets import ArticlePageQuerySet
from magazine.cache.fragments import generation_cached

from .query import ReaderQuery


def searchable_articles() -> ArticlePageQuerySet:
    """Live, public articles as the search backend can filter them, without their bodies.

    Wagtail's `public()` (one query for the view restrictions) rather than the listings'
    `published()`: a search backend accepts only filters on indexed fields, not a subquery.
    """
    return ArticlePage.objects.live().public().defer_streamfields()


class PromotedFirst:
    """The articles editors promoted for a query, then the search results: one list to paginate.

    Only what a paginator asks of a list: `count()` and slices.
    """

    def __init__(self, promoted: list[ArticlePage], results: BaseSearchResults) -> None:
        self.promoted = promoted
        self.results = results

    def count(self) -> int:
        return len(self.promoted) + self.results.count()

    def __getitem__(self, window: slice) -> list[ArticlePage]:
        shift = len(self.promoted)
        start, stop = max(window.start - shift, 0), max(window.stop - shift, 0)
        found = list(self.results[start:stop]) if stop > start else []
        return self.promoted[window] + found


def matching_articles(query: ReaderQuery, category: CategoryLink | None = None) -> PromotedFirst:
    """Return the search results for `query`, best first, in `category` only if given.

    The articles that editors promoted for the query (Wagtail's search promotions, for the
    query normalised as Wagtail does: lower case, spaces collapsed) come first, in their order,
    if they are live and public; the search results leave them out, so none is listed twice.
    """
    articles = searchable_articles()
    if category is not None:
        articles = articles.filter(path__startswith=category.path)
    promotions = articles.filter(
        searchpromotion__query__query_string=normalise_query_string(query.text)
    ).order_by("searchpromotion__sort_order")
    # An article promoted twice for the query is listed once, where it comes first.
    promoted = list(dict.fromkeys(promotions))
    if promoted:
        articles = articles.exclude(pk__in=[article.pk for article in promoted])
    return PromotedFirst(promoted, articles.search(query.search_query()))


# A search asked again within this time (a story everyone looks for) is answered from the
# cache. The entries are small (a count, ids), and no more numerous than the searches the
# site can run in that time, whatever readers type.
SEARCH_TIMEOUT = 600


def search_page(
    request: HttpRequest, query: ReaderQuery, category: CategoryLink | None, per_page: int
) -> Page:
    """The page of matches for `query` that `?page=` asks for, as references to their cards.

    The number of matches and each page's ids are kept SEARCH_TIMEOUT seconds, or until the
    next publish; a page past the last is a 404, as in the other listings.
    """
    asked = (normalise_query_string(query.text), query.words, category.path if category else "")
    key = hashlib.blake2b(repr(asked).encode(), digest_size=12).hexdigest()
    matches = cache(lambda: matching_articles(query, category))
    count = generation_cached("search-count", (key,), lambda: matches().count(), SEARCH_TIMEOUT)
    page = ListingPaginator(range(count), per_page).get_page(request.GET.get("page"))
    window = slice(page.start_index() - 1, page.end_index())
    ids = generation_cached(
        "search-page",
        (key, per_page, page.number),
        lambda: [article.pk for article in matches()[window]] if count else [],
        SEARCH_TIMEOUT,
    )
    page.object_list = in_order(ids, card_refs(ids))
    return page


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
