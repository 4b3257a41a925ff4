"""References to article cards: what a listing needs of an article until its card is drawn.

Listings fetch ids and approved comments in one light query (no prefetch); the cards mostly
come from the cache (card_html.py), which fetches whole only the articles it lacks.
"""

from dataclasses import dataclass

from django.core.paginator import Page
from django.http import HttpRequest

from .pagination import ARTICLES_PER_PAGE, page_of
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
    request: HttpRequest, articles: ArticlePageQuerySet, per_page: int = ARTICLES_PER_PAGE
) -> Page:
    """The page of `articles` that `?page=` asks for, as references to their cards."""
    page = page_of(request, card_refs_of(articles), per_page)
    page.object_list = [CardRef(pk, count) for pk, count in page.object_list]
    return page
