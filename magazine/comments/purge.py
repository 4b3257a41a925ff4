"""Article pages leave the frontend cache when their comments change."""

from collections.abc import Iterable

from django.db import transaction

from wagtail.contrib.frontend_cache.utils import PurgeBatch

from magazine.articles.models import ArticlePage


def purge_articles(articles: Iterable[ArticlePage]) -> None:
    """Purge the pages of `articles` from the frontend cache once the transaction commits.

    Nothing happens unless WAGTAILFRONTENDCACHE names a cache (a CDN, Varnish…): then a
    comment approved, refused or erased disappears from, or appears in, the cached page.
    """
    pages = list({article.pk: article for article in articles}.values())
    if pages:
        batch = PurgeBatch()
        batch.add_pages(pages)
        transaction.on_commit(batch.purge)
