"""« Publications similaires »: editor picks first, then the closest published articles."""

from django.http import HttpRequest

from magazine.cache.fragments import generation_cached

from .cards import card_refs, cards_by_id, in_order
from .models import ArticlePage
from .refs import CardRef

RELATED_ARTICLES_COUNT = 4


def related_choice(page: ArticlePage, limit: int = RELATED_ARTICLES_COUNT) -> list[int]:
    """The ids of up to `limit` live, public articles to read after `page`, in order.

    The editor's picks come first in their order; the rest is filled with the articles
    sharing the most tags, then those of the same category, then the most recent. The page
    itself, drafts and private pages never appear. Choosing them weighs every article of
    the site, so the choice is kept in the cache until the next publish.
    """

    def choose() -> list[int]:
        similar = ArticlePage.objects.published().similar_to(page)
        return list(similar.values_list("pk", flat=True)[:limit])

    return generation_cached("related", (page.pk, limit), choose)


def similar_articles(
    page: ArticlePage, request: HttpRequest | None = None, limit: int = RELATED_ARTICLES_COUNT
) -> list[ArticlePage]:
    """The articles of related_choice(), ready for cards, still live and public."""
    chosen = related_choice(page, limit)
    return in_order(chosen, cards_by_id(chosen, request))


def similar_cards(page: ArticlePage, limit: int = RELATED_ARTICLES_COUNT) -> list[CardRef]:
    """References to the cards of related_choice() still live and public, for card_html."""
    chosen = related_choice(page, limit)
    return in_order(chosen, card_refs(chosen))
