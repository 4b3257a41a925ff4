"""« Publications similaires »: editor picks first, then the closest published articles."""

from django.http import HttpRequest

from magazine.cache.fragments import generation_cached

from .cards import cards_by_id, in_order
from .models import ArticlePage

RELATED_ARTICLES_COUNT = 4


def similar_articles(
    page: ArticlePage, request: HttpRequest | None = None, limit: int = RELATED_ARTICLES_COUNT
) -> list[ArticlePage]:
    """Return up to `limit` live, public articles to read after `page`.

    The editor's picks come first in their order; the rest is filled with the articles
    sharing the most tags, then those of the same category, then the most recent. The page
    itself, drafts and private pages never appear.

    Choosing them weighs every article of the site, so the choice (ids) is kept in the
    cache until the next publish; the cards are then fetched by id, still among the live,
    public articles, in one query.
    """

    def choose() -> list[int]:
        similar = ArticlePage.objects.published().similar_to(page)
        return list(similar.values_list("pk", flat=True)[:limit])

    chosen = generation_cached("related", (page.pk, limit), choose)
    return in_order(chosen, cards_by_id(chosen, request))
