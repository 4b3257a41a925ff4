"""References to article cards: what a listing needs of an article until its card is drawn.

Listings fetch ids and approved comments in one light query (no prefetch); the cards mostly
come from the cache (card_html.py), which fetches whole only the articles it lacks.
"""

from collections.abc import Hashable
from dataclasses import dataclass

from django.core.paginator import Page
from django.http import HttpRequest

from magazine.cache.fragments import generation_cached
from magazine.cache.generations import comment_generation

from .pagination import ARTICLES_PER_PAGE, ListingPaginator
from .querysets import ArticlePageQuerySet


@dataclass(frozen=True)
class CardRef:
    """An article a listing shows: its id and approved comments (part of its card's key)."""

    pk: int
    comment_count: int


def card_refs_of(articles: ArticlePageQuerySet) -> ArticlePageQuerySet:
    """`articles` as rows of what a CardRef holds: one light query, no prefetch."""
    return articles.with_comment_count().values_list("pk", "comment_count")


def card_ref_page(
    request: HttpRequest,
    articles: ArticlePageQuerySet,
    listing: tuple[Hashable, ...],
    per_page: int = ARTICLES_PER_PAGE,
) -> Page:
    """The page of `articles` that `?page=` asks for, as references to their cards.

    `listing` names the listing (`("category", pk)`…). Its number of articles is kept in the
    cache until the next publish, and each page's references until a comment changes too;
    only pages that exist are kept, whatever `?page=` says.
    """
    rows = card_refs_of(articles)
    paginator = ListingPaginator(rows, per_page)
    paginator.count = generation_cached("listing-count", listing, rows.count)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = generation_cached(
        "listing-page",
        (*listing, per_page, page.number, comment_generation()),
        lambda: [CardRef(pk, count) for pk, count in page.object_list],
    )
    return page
