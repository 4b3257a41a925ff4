"""« Publications similaires »: editor picks first, then the closest published articles."""

from django.http import HttpRequest

from .categories import attach_categories
from .models import ArticlePage

RELATED_ARTICLES_COUNT = 4


def similar_articles(
    page: ArticlePage, request: HttpRequest | None = None, limit: int = RELATED_ARTICLES_COUNT
) -> list[ArticlePage]:
    """Return up to `limit` live, public articles to read after `page`, in one query.

    The editor's picks come first in their order; the rest is filled with the articles
    sharing the most tags, then those of the same category, then the most recent. The page
    itself, drafts and private pages never appear.
    """
    articles = ArticlePage.objects.published().for_cards().similar_to(page)[:limit]
    return attach_categories(articles, request)
