"""Article cards fetched by id, for listings whose choice of articles is kept in the cache.

Choosing what a listing shows (« Publications similaires », the home page's sections) weighs
many articles; fetching the few chosen, ready for their cards, is one cheap query by primary
key. A chosen article unpublished or hidden since is left out at once, whatever the cache.
"""

import hashlib
from collections.abc import Iterable
from typing import TypeVar

from django.http import HttpRequest

from magazine.cache.fragments import generation_cached
from magazine.cache.generations import comment_generation

from .categories import attach_categories
from .models import ArticlePage
from .refs import CardRef, card_refs_of

T = TypeVar("T")


def card_refs(ids: Iterable[int]) -> dict[int, CardRef]:
    """The live, public articles among `ids`, by id: one light query, no prefetch, kept in
    the cache until the next publish or comment change.

    `ids` come from choices kept in the cache, never from a request: a key per set of ids.
    Their cards mostly come from the cache (card_html.py); only those it lacks are fetched
    whole, with cards_by_id().
    """
    wanted = sorted(set(ids))
    digest = hashlib.blake2b(",".join(map(str, wanted)).encode(), digest_size=8).hexdigest()

    def fetch() -> dict[int, CardRef]:
        found = card_refs_of(ArticlePage.objects.published().filter(pk__in=wanted))
        return {pk: CardRef(pk, count) for pk, count in found}

    return generation_cached("card-refs", (digest, comment_generation()), fetch)


def cards_by_id(ids: Iterable[int], request: HttpRequest | None) -> dict[int, ArticlePage]:
    """The live, public articles among `ids`, ready for cards (category attached), by id."""
    articles = ArticlePage.objects.published().for_cards().filter(pk__in=set(ids))
    return {article.pk: article for article in attach_categories(articles, request)}


def in_order(ids: Iterable[int], cards: dict[int, T]) -> list[T]:
    """The cards of `ids` in that order, without those `cards` lacks."""
    return [cards[pk] for pk in ids if pk in cards]
