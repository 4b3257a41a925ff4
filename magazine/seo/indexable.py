"""What search engines are sent to: live, public pages inside their publication window."""

from datetime import datetime

from django.db.models import Q

from magazine.articles.models import ArticlePage
from magazine.articles.querysets import ArticlePageQuerySet


def in_publication_window(now: datetime) -> Q:
    """A filter keeping pages whose go-live date, if any, has passed and whose expiry has not.

    Wagtail leaves an expired page live until its scheduler runs (every 20 seconds with
    `run_scheduler`, or never if it is stopped); search engines are not sent there meanwhile.
    """
    return (Q(go_live_at__isnull=True) | Q(go_live_at__lte=now)) & (
        Q(expire_at__isnull=True) | Q(expire_at__gt=now)
    )


def indexable_articles(now: datetime) -> ArticlePageQuerySet:
    """The articles readers may open at `now`: live, public (`published()`), in their window."""
    return ArticlePage.objects.published().filter(in_publication_window(now))
