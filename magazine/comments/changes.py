"""What readers see changes when an article's approved comments change."""

from collections.abc import Iterable

from magazine.articles.models import ArticlePage
from magazine.cache.generations import renew_comment_generation
from magazine.cache.purge import purge
from magazine.cache.tags import page_tag

from .models import Comment


def comments_changed(articles: Iterable[ArticlePage]) -> None:
    """Renew the comment generation and purge the pages of `articles` from the frontend
    cache once the transaction commits.

    A comment approved, refused or erased appears in, or disappears from, the article page
    (whatever its `?commentaire=` message) and the comment counts of the cards that show it,
    since they all carry the article's cache tag. The listings' counts kept in the site's
    own cache hold the comment generation in their keys.
    """
    renew_comment_generation()
    purge({page_tag(article.pk) for article in articles})


def comment_saved(instance: Comment, created: bool = False, **kwargs) -> None:
    """Renew the comment generation when a save may change what readers see (a receiver of
    Comment's post_save): any change but a new comment held for moderation, the frequent
    case that shows nothing."""
    if instance.status == Comment.Status.APPROVED or not created:
        renew_comment_generation()


def comment_deleted(**kwargs) -> None:
    """Renew the comment generation (a receiver of Comment's post_delete)."""
    renew_comment_generation()
