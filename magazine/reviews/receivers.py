"""Keep the article–subject relation in step with each article's live version."""

from django.db.models.signals import post_save

from magazine.articles.models import ArticlePage
from magazine.cache.receivers import DRAFT_FIELDS

from .subjects import refresh_article_subjects


def article_saved_receiver(instance: ArticlePage, update_fields=None, raw=False, **kwargs) -> None:
    """An article saved with its content (not a draft's revision, not a fixture) refreshes
    its subjects.

    A draft of a live article is saved as a revision; the page's row, its body included,
    keeps the live version, which is what hubs list.
    """
    if raw or (update_fields and DRAFT_FIELDS.issuperset(update_fields)):
        return
    refresh_article_subjects(instance)


def connect_receivers() -> None:
    post_save.connect(
        article_saved_receiver, sender=ArticlePage, dispatch_uid="reviews-article-subjects"
    )
