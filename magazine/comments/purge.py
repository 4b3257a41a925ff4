"""Article pages leave the frontend cache when their comments change."""

from collections.abc import Iterable

from magazine.articles.models import ArticlePage
from magazine.cache.purge import purge
from magazine.cache.tags import page_tag


def purge_articles(articles: Iterable[ArticlePage]) -> None:
    """Purge the pages of `articles` from the frontend cache once the transaction commits.

    A comment approved, refused or erased appears in, or disappears from, the article page
    (whatever its `?commentaire=` message) and the comment counts of the cards that show it,
    since they all carry the article's cache tag.
    """
    purge({page_tag(article.pk) for article in articles})
